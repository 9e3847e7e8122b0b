package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a request can be wrong, answered with its OGC exception code and the parameter at fault. */
class WmsErrorsTest extends WmsServerTest {

    private static final String MAP = getMap("zones", AROUND_TAN_KIEU, 600, 600);
    private static final String INFO = MAP.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo")
            + "&QUERY_LAYERS=zones&I=300&J=300&INFO_FORMAT=application/json";

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", "MissingParameterValue", "REQUEST"),
                Arguments.of("REQUEST=GetCapabilities", "MissingParameterValue", "SERVICE"),
                Arguments.of("SERVICE=WFS&REQUEST=GetCapabilities", "InvalidParameterValue", "SERVICE"),
                Arguments.of("SERVICE=WMS&REQUEST=GetFeature", "OperationNotSupported", "REQUEST"),
                Arguments.of(MAP.replace("VERSION=1.3.0", "VERSION=1.1.1"), "InvalidParameterValue", "VERSION"),
                Arguments.of(MAP.replace("VERSION=1.3.0&", ""), "MissingParameterValue", "VERSION"),
                Arguments.of(MAP.replace("LAYERS=zones", "LAYERS="), "MissingParameterValue", "LAYERS"),
                Arguments.of(MAP.replace("LAYERS=zones", "LAYERS=zones,roads"), "LayerNotDefined", "LAYERS"),
                Arguments.of(MAP.replace("LAYERS=zones", "LAYERS=" + "zones,".repeat(10) + "zones"),
                        "InvalidParameterValue", "LAYERS"),
                Arguments.of(MAP + "&layers=lots", "InvalidParameterValue", "LAYERS"),
                Arguments.of(MAP.replace("STYLES=", "STYLES=status"), "StyleNotDefined", "STYLES"),
                Arguments.of(MAP.replace("STYLES=", "STYLES=investment,occupancy"), "InvalidParameterValue", "STYLES"),
                Arguments.of(MAP.replace("CRS=EPSG:4326", "CRS=EPSG:32648"), "InvalidCRS", "CRS"),
                Arguments.of(MAP.replace("CRS=EPSG:4326&", ""), "MissingParameterValue", "CRS"),
                Arguments.of(MAP.replace(latLon(AROUND_TAN_KIEU), "10.55,105.78,10.48,105.85"), "InvalidParameterValue",
                        "BBOX"),
                Arguments.of(MAP.replace(latLon(AROUND_TAN_KIEU), "10.5,105.78,10.5,105.85"), "InvalidParameterValue",
                        "BBOX"),
                Arguments.of(MAP.replace(latLon(AROUND_TAN_KIEU), "10.48,105.78,10.55"), "InvalidParameterValue", "BBOX"),
                Arguments.of(MAP.replace(latLon(AROUND_TAN_KIEU), "a,b,c,d"), "InvalidParameterValue", "BBOX"),
                Arguments.of(MAP.replace(latLon(AROUND_TAN_KIEU), "NaN,105.78,10.55,105.85"), "InvalidParameterValue",
                        "BBOX"),
                Arguments.of(MAP.replace("BBOX=" + latLon(AROUND_TAN_KIEU) + "&", ""), "MissingParameterValue", "BBOX"),
                Arguments.of(MAP.replace("WIDTH=600", "WIDTH=0"), "InvalidParameterValue", "WIDTH"),
                Arguments.of(MAP.replace("WIDTH=600", "WIDTH=4097"), "InvalidParameterValue", "WIDTH"),
                Arguments.of(MAP.replace("WIDTH=600", "WIDTH=wide"), "InvalidParameterValue", "WIDTH"),
                Arguments.of(MAP.replace("HEIGHT=600", "HEIGHT=-5"), "InvalidParameterValue", "HEIGHT"),
                Arguments.of(MAP.replace("image/png", "image/gif"), "InvalidFormat", "FORMAT"),
                Arguments.of(MAP.replace("&FORMAT=image/png", ""), "MissingParameterValue", "FORMAT"),
                Arguments.of(MAP + "&TRANSPARENT=yes", "InvalidParameterValue", "TRANSPARENT"),
                Arguments.of(MAP + "&BGCOLOR=red", "InvalidParameterValue", "BGCOLOR"),
                Arguments.of(INFO.replace("&QUERY_LAYERS=zones", ""), "MissingParameterValue", "QUERY_LAYERS"),
                Arguments.of(INFO.replace("QUERY_LAYERS=zones", "QUERY_LAYERS=roads"), "LayerNotDefined",
                        "QUERY_LAYERS"),
                Arguments.of(INFO.replace("QUERY_LAYERS=zones", "QUERY_LAYERS=lots"), "LayerNotQueryable",
                        "QUERY_LAYERS"),
                Arguments.of(INFO.replace("I=300", "I=600"), "InvalidPoint", "I"),
                Arguments.of(INFO.replace("J=300", "J=-1"), "InvalidPoint", "J"),
                Arguments.of(INFO.replace("I=300", "I=middle"), "InvalidPoint", "I"),
                Arguments.of(INFO.replace("&I=300", ""), "MissingParameterValue", "I"),
                Arguments.of(INFO.replace("application/json", "application/vnd.ogc.gml"), "InvalidFormat",
                        "INFO_FORMAT"),
                Arguments.of(INFO + "&FEATURE_COUNT=0", "InvalidParameterValue", "FEATURE_COUNT"),
                Arguments.of(MAP + "&TIME=yesterday", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=2024-13-01", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=2024-05-01T08:00:00", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=2099-01-01", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=1999-12-31", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=2024-01-01/2024-02-01/P1D", "InvalidDimensionValue", "TIME"),
                Arguments.of(MAP + "&TIME=2024-01-01,2024-02-01", "InvalidDimensionValue", "TIME"),
                Arguments.of(INFO + "&TIME=2099-01-01", "InvalidDimensionValue", "TIME"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesWithTheStandardCodeNamingTheParameter(String query, String code, String locator) {
        assertRefused(query, code, locator);
    }

    @Test
    void refusesAQueryStringThatCannotBeDecodedInItsOwnFormat() {
        ServiceError error = error(http().raw("GET", "/wms?SERVICE=WMS&REQUEST=%zz", java.util.Map.of()));

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("InvalidParameterValue");
        assertThat(error.message()).contains("could not be read", "REQUEST");
    }

    @Test
    void refusesAFormBodyOverTheSizeLimitAsTooLarge() {
        byte[] body = ("SERVICE=WMS&REQUEST=GetCapabilities&PAD=" + "x".repeat(3 * 1024 * 1024))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ServiceError error = error(http().send("POST", "/wms",
                java.util.Map.of("Content-Type", "application/x-www-form-urlencoded"), body));

        assertThat(error.status()).isEqualTo(413);
        assertThat(error.message()).contains("too big");
    }

    @Test
    void keepsTheReportWellFormedWhenItEchoesCharactersXmlCannotHold() {
        ServiceError error = error(wms(MAP.replace("LAYERS=zones", "LAYERS=zones%00%01")));

        assertThat(error.code()).isEqualTo("LayerNotDefined");
        assertThat(error.message()).contains("zones\uFFFD\uFFFD");
    }

    @Test
    void namesParametersAsTheStandardWritesThemWhateverCaseTheyCameIn() {
        ServiceError error = assertRefused(MAP.replace("CRS=EPSG:4326", "crs=EPSG:32648"), "InvalidCRS", "CRS");

        assertThat(error.message()).contains("EPSG:32648").contains("EPSG:4326, CRS:84 or EPSG:3857");
    }
}
