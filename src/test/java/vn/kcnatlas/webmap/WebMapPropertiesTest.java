package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class WebMapPropertiesTest {

    private static WebMapProperties basemap(String url) {
        return new WebMapProperties(url, "© test", "", 19);
    }

    @Test
    void theTileServerIsTheOnlyOtherOriginThePageMayLoadImagesFrom() {
        WebMapProperties osm = basemap("https://tile.openstreetmap.org/{z}/{x}/{y}.png");

        assertThat(osm.basemapOrigin()).hasValue("https://tile.openstreetmap.org");
        assertThat(PageSecurityHeaders.contentSecurityPolicy(osm)).contains("img-src 'self' data: https://tile.openstreetmap.org;");
    }

    @Test
    void subdomainPlaceholdersBecomeAWildcardAndPortsStay() {
        assertThat(basemap("https://{s}.tiles.example.org/map/{z}/{x}/{y}.png").basemapOrigin())
                .hasValue("https://*.tiles.example.org");
        assertThat(basemap("http://localhost:8081/{z}/{x}/{-y}.png").basemapOrigin()).hasValue("http://localhost:8081");
    }

    @Test
    void anEmptyUrlSwitchesTheBaseMapOffAndTheCspAllowsOnlyThisServer() {
        WebMapProperties off = basemap(" ");

        assertThat(off.basemapEnabled()).isFalse();
        assertThat(off.basemapOrigin()).isEmpty();
        assertThat(PageSecurityHeaders.contentSecurityPolicy(off)).contains("img-src 'self' data:;");
    }

    @Test
    void tilesFromThisServerNeedNoOtherOrigin() {
        WebMapProperties local = basemap("/tiles/osm/{z}/{x}/{y}.png");

        assertThat(local.basemapEnabled()).isTrue();
        assertThat(local.basemapOrigin()).isEmpty();
    }

    @Test
    void refusesTemplatesABrowserCouldNotUseOrACspCouldNotName() {
        assertThatIllegalArgumentException().isThrownBy(() -> basemap("https://tile.example.org/{z}/{x}.png"))
                .withMessageContaining("{z}, {x} and {y}");
        assertThatIllegalArgumentException().isThrownBy(() -> basemap("javascript:alert(1)//{z}/{x}/{y}"))
                .withMessageContaining("http(s) URL template");
        assertThatIllegalArgumentException().isThrownBy(() -> basemap("https://tiles.{s}.example.org/{z}/{x}/{y}.png"))
                .withMessageContaining("first label");
    }
}
