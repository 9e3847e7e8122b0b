package vn.kcnatlas.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormatTest {

    private static final List<Format> FEATURES = List.of(Format.GEOJSON, Format.JSON);

    @Test
    void withoutPreferenceTheResourcesDefault() {
        assertThat(Format.negotiate(FEATURES, null, null)).isEqualTo(Format.GEOJSON);
        assertThat(Format.negotiate(FEATURES, null, "*/*")).isEqualTo(Format.GEOJSON);
        assertThat(Format.negotiate(FEATURES, null, "application/*")).isEqualTo(Format.GEOJSON);
    }

    @Test
    void acceptIsHonouredByQuality() {
        assertThat(Format.negotiate(FEATURES, null, "application/json")).isEqualTo(Format.JSON);
        assertThat(Format.negotiate(FEATURES, null, "application/geo+json, application/json"))
                .isEqualTo(Format.GEOJSON);
        assertThat(Format.negotiate(FEATURES, null, "application/geo+json;q=0.4, application/json;q=0.9"))
                .isEqualTo(Format.JSON);
        assertThat(Format.negotiate(FEATURES, null, "application/geo+json;q=0, */*")).isEqualTo(Format.JSON);
        assertThat(Format.negotiate(FEATURES, null, "application/json, application/geo+json"))
                .as("a tie goes to the default").isEqualTo(Format.GEOJSON);
    }

    @Test
    void fWinsOverAcceptByNameOrMediaType() {
        assertThat(Format.negotiate(FEATURES, "json", "application/geo+json")).isEqualTo(Format.JSON);
        assertThat(Format.negotiate(FEATURES, "GeoJSON", "application/json")).isEqualTo(Format.GEOJSON);
        assertThat(Format.negotiate(FEATURES, "application/geo+json", null)).isEqualTo(Format.GEOJSON);
        assertThat(Format.negotiate(List.of(Format.OPENAPI, Format.JSON), "application/vnd.oai.openapi+json", null))
                .isEqualTo(Format.OPENAPI);
    }

    @Test
    void whatIsNotOfferedIsNotAcceptable() {
        assertNotAcceptable("html", null);
        assertNotAcceptable("geojson;;", null);
        assertNotAcceptable(null, "text/html");
        assertNotAcceptable(null, "application/xml, text/*");
        assertNotAcceptable(null, "application/json;q=0");
        assertNotAcceptable(null, "text/html, application/geo+json;q=0");
        assertNotAcceptable(null, "not a media type");
    }

    private static void assertNotAcceptable(String f, String accept) {
        assertThatThrownBy(() -> Format.negotiate(FEATURES, f, accept)).isInstanceOfSatisfying(OgcException.class,
                e -> assertThat(e.status().value()).isEqualTo(406));
    }
}
