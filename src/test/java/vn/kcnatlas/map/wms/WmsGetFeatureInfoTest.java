package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeoJsonGeometry;
import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.support.Http;

class WmsGetFeatureInfoTest extends WmsServerTest {

    /** The pixel of the 600 × 600 map around Tân Kiều where the zone is. */
    private static final int[] AT_TAN_KIEU = pixel(AROUND_TAN_KIEU, SIZE, SIZE, TAN_KIEU_LON, TAN_KIEU_LAT);

    @Test
    void answersInGeoJson() {
        Http.Response response = wms(info("zones", AROUND_TAN_KIEU, SIZE, AT_TAN_KIEU, "application/json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        JsonNode collection = response.json();
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").size()).isEqualTo(1);
        JsonNode feature = collection.path("features").get(0);
        assertThat(feature.path("id").asString()).isEqualTo("kcn-tan-kieu");
        assertThat(feature.path("layer").asString()).isEqualTo("zones");
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(feature.path("properties").path("name").asString()).isEqualTo("Tân Kiều");
        assertThat(feature.path("properties").path("investmentStatus").asString()).isEqualTo("seeking_tenants");
    }

    @Test
    void answersInHtml() {
        Http.Response response = wms(info("zones", AROUND_TAN_KIEU, SIZE, AT_TAN_KIEU, "text/html"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.text()).contains("<h2>Khu, cụm công nghiệp</h2>").contains("<td>Tân Kiều</td>")
                .contains("<th>district</th><td>H. Tháp Mười</td>");
    }

    @Test
    void answersInPlainText() {
        Http.Response response = wms(info("zones", AROUND_TAN_KIEU, SIZE, AT_TAN_KIEU, "text/plain"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.text()).startsWith("Layer 'zones': 1 feature\n").contains("  Feature kcn-tan-kieu\n")
                .contains("    name = Tân Kiều\n");
    }

    @Test
    void answersAMissWithNothingFoundInEachFormat() {
        int[] corner = {3, 3};

        assertThat(wms(info("zones", AROUND_TAN_KIEU, SIZE, corner, "application/json")).json().path("features").size())
                .isZero();
        assertThat(wms(info("zones", AROUND_TAN_KIEU, SIZE, corner, "text/html")).text())
                .contains("Không có đối tượng nào tại đây.").doesNotContain("<table>");
        assertThat(wms(info("zones", AROUND_TAN_KIEU, SIZE, corner, "text/plain")).text())
                .isEqualTo("Layer 'zones': 0 features\n");
    }

    @Test
    void findsTheZoneInEveryCrs() {
        String crs84 = info("zones", AROUND_TAN_KIEU, SIZE, AT_TAN_KIEU, "application/json")
                .replace("CRS=EPSG:4326&BBOX=" + latLon(AROUND_TAN_KIEU), "CRS=CRS:84&BBOX=" + lonLat(AROUND_TAN_KIEU));
        assertThat(ids(wms(crs84))).containsExactly("kcn-tan-kieu");

        Coordinate min = new Coordinate();
        Coordinate max = new Coordinate();
        Coordinate at = new Coordinate();
        MapCrs.EPSG_3857.project(AROUND_TAN_KIEU.getMinX(), AROUND_TAN_KIEU.getMinY(), min);
        MapCrs.EPSG_3857.project(AROUND_TAN_KIEU.getMaxX(), AROUND_TAN_KIEU.getMaxY(), max);
        MapCrs.EPSG_3857.project(TAN_KIEU_LON, TAN_KIEU_LAT, at);
        int i = (int) ((at.x - min.x) / (max.x - min.x) * 400);
        int j = (int) ((max.y - at.y) / (max.y - min.y) * 300);
        String mercator = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=zones&QUERY_LAYERS=zones&STYLES="
                + "&CRS=EPSG:3857&BBOX=" + min.x + "," + min.y + "," + max.x + "," + max.y + "&WIDTH=400&HEIGHT=300"
                + "&I=" + i + "&J=" + j + "&INFO_FORMAT=application/json";
        assertThat(ids(wms(mercator))).containsExactly("kcn-tan-kieu");
    }

    @Test
    void hitsTheMarkerOfAZoneWithoutBoundaryOnlyOnItsDisc() {
        JsonNode marker = http().get("/api/zones/kcn-cao-lanh").json().path("properties").path("markerPoint");
        double lon = marker.get(0).asDouble();
        double lat = marker.get(1).asDouble();
        Envelope box = new Envelope(lon - 0.01, lon + 0.01, lat - 0.01, lat + 0.01);
        int[] centre = pixel(box, 400, 400, lon, lat);

        assertThat(ids(wms(info("zones", box, 400, new int[] {centre[0] + 4, centre[1] - 3}, "application/json"))))
                .containsExactly("kcn-cao-lanh");
        assertThat(ids(wms(info("zones", box, 400, new int[] {centre[0] + 10, centre[1]}, "application/json")))).isEmpty();
    }

    @Test
    void answersEachQueriedLayerInTurn() {
        JsonNode lot = lots().get(0);
        Coordinate inside = geometry(lot).getInteriorPoint().getCoordinate();
        Envelope box = new Envelope(inside.x - 0.005, inside.x + 0.005, inside.y - 0.005, inside.y + 0.005);
        int[] at = pixel(box, 500, 500, inside.x, inside.y);

        assertThat(ids(wms(info("zones,lots", box, 500, at, "application/json"))))
                .containsExactly("kcn-thanh-loc", lot.path("id").asString());
        String lotsFirst = info("zones,lots", box, 500, at, "application/json").replace("QUERY_LAYERS=zones,lots",
                "QUERY_LAYERS=lots,zones");
        assertThat(ids(wms(lotsFirst))).containsExactly(lot.path("id").asString(), "kcn-thanh-loc");
        JsonNode info = wms(lotsFirst).json().path("features").get(0).path("properties");
        assertThat(info.path("illustrative").asBoolean()).as("a demo lot says what it is").isTrue();
        assertThat(info.path("tenant").isNull()).isTrue();
    }

    @Test
    void answersUpToFeatureCountFeaturesOfALayer() {
        // Between neighbouring lots, all closer than the click tolerance of 3 pixels (about 27 m here).
        Geometry first = geometry(lots().get(0));
        Geometry second = geometry(lots().get(1));
        Coordinate[] nearest = DistanceOp.nearestPoints(first, second);
        Coordinate between = new Coordinate((nearest[0].x + nearest[1].x) / 2, (nearest[0].y + nearest[1].y) / 2);
        Envelope box = new Envelope(between.x - 0.02, between.x + 0.02, between.y - 0.02, between.y + 0.02);
        int[] at = pixel(box, 500, 500, between.x, between.y);

        String query = info("lots", box, 500, at, "application/json");
        assertThat(ids(wms(query))).hasSize(1);
        assertThat(ids(wms(query + "&FEATURE_COUNT=2"))).hasSize(2);
        assertThat(ids(wms(query + "&FEATURE_COUNT=10"))).hasSizeGreaterThan(2)
                .contains(lots().get(0).path("id").asString(), lots().get(1).path("id").asString());
    }

    @Test
    void findsNoLotsAtScalesWhereTheyAreNotDrawn() {
        Coordinate inside = geometry(lots().get(0)).getInteriorPoint().getCoordinate();
        Envelope province = new Envelope(inside.x - 0.5, inside.x + 0.5, inside.y - 0.5, inside.y + 0.5);

        assertThat(ids(wms(info("lots", province, 500, pixel(province, 500, 500, inside.x, inside.y), "application/json"))))
                .isEmpty();
    }

    @Test
    void readsParameterNamesInAnyCase() {
        String query = "service=WMS&version=1.3.0&request=GetFeatureInfo&layers=zones&query_layers=ZONES&styles="
                + "&crs=epsg:4326&bbox=" + latLon(AROUND_TAN_KIEU) + "&width=600&height=600&i=" + AT_TAN_KIEU[0]
                + "&j=" + AT_TAN_KIEU[1] + "&info_format=APPLICATION/JSON&feature_count=3";

        assertThat(ids(wms(query))).containsExactly("kcn-tan-kieu");
    }

    /** A GetFeatureInfo on a square map of a longitude/latitude box, in EPSG:4326. */
    private static String info(String layers, Envelope box, int size, int[] pixel, String format) {
        return "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=" + layers + "&QUERY_LAYERS=" + layers
                + "&STYLES=&CRS=EPSG:4326&BBOX=" + latLon(box) + "&WIDTH=" + size + "&HEIGHT=" + size
                + "&I=" + pixel[0] + "&J=" + pixel[1] + "&INFO_FORMAT=" + format;
    }

    /** The lots of Thanh Lộc, L01 and L02 first, which lie side by side. */
    private JsonNode lots() {
        return http().get("/api/zones/kcn-thanh-loc/lots").json().path("features");
    }

    private static Geometry geometry(JsonNode feature) {
        return GeoJsonGeometry.read(feature.path("geometry").toString());
    }

    private static List<String> ids(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("features").forEach(f -> ids.add(f.path("id").asString()));
        return ids;
    }
}
