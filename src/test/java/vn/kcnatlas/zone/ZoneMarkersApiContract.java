package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.map.tile.TileId;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;
import vn.kcnatlas.survey.MarkerFiles;

/**
 * A surveyors' marker file applied to a zone of the seed without a boundary, then served by every output:
 * the API, OGC API Features, WMS and the tiles; and the refusals, which write nothing. The same on every
 * store. The places are in Đồng Tháp, clear of every seed zone, and their TM-3 values come from the survey's
 * own conversion.
 */
abstract class ZoneMarkersApiContract extends WriteApiTest {

    private static final String CSV = "text/csv";
    /** Five markers around a field in H. Cao Lãnh, anticlockwise, the first with a Vietnamese id. */
    private static final List<String> IDS = List.of("Mốc 1", "M2", "M3", "M4", "M5");
    private static final double[][] CAO_LANH = {{105.720, 10.580}, {105.726, 10.580}, {105.726, 10.585},
        {105.723, 10.5865}, {105.720, 10.585}};
    private static final double[][] CAO_LANH_2 = {{105.740, 10.600}, {105.746, 10.600}, {105.746, 10.605},
        {105.743, 10.6065}, {105.740, 10.605}};
    private static final double[][] QUANG_KHANH = {{105.600, 10.470}, {105.606, 10.470}, {105.606, 10.475},
        {105.603, 10.4765}, {105.600, 10.475}};

    @Test
    void aMarkerFileBecomesTheBoundaryOfAZoneWithoutOneAndEveryOutputServesItsMarkers() {
        String file = MarkerFiles.csv(Vn2000Tm3.EPSG_5897, IDS, CAO_LANH);
        String tile = tile(15, 105.723, 10.5825);
        Http.Response before = http().get("/api/zones/kcn-cao-lanh");
        assertThat(before.json().path("properties").path("hasBoundary").asBoolean()).isFalse();
        byte[] zonesPng = http().get("/tiles/zones/" + tile + ".png").body();
        assertThat(http().get("/tiles/markers/" + tile + ".mvt").status()).as("no marker there yet").isEqualTo(204);

        Http.Response applied = apply("kcn-cao-lanh", "EPSG:5897", before.etag(), file);

        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.etag()).startsWith("W/\"v2-");
        JsonNode zone = applied.json();
        assertThat(zone.path("properties").path("boundaryQuality").asString()).isEqualTo("surveyed");
        assertThat(zone.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(zone.path("geometry").path("coordinates").path(0).path(0).size()).isEqualTo(6);
        assertThat(zone.path("geodesicAreaHa").asDouble()).isBetween(35.0, 45.0);
        assertThat(zone.path("markers").path("features").size()).isEqualTo(5);
        assertThat(http().get("/api/zones/kcn-cao-lanh").etag()).startsWith("W/\"v2-");

        JsonNode markers = http().get("/api/zones/kcn-cao-lanh/markers").json();
        assertThat(markers.path("markerCount").asInt()).isEqualTo(5);
        assertThat(markers.path("sourceCrs").asString()).isEqualTo("EPSG:5897");
        String[] rows = file.split("\n");
        for (int i = 0; i < IDS.size(); i++) {
            JsonNode marker = markers.path("features").get(i);
            String[] row = rows[i + 1].split(",");
            assertThat(marker.path("id").asString()).isEqualTo(IDS.get(i));
            assertThat(marker.path("geometry").path("type").asString()).isEqualTo("Point");
            JsonNode p = marker.path("properties");
            assertThat(p.path("seq").asInt()).isEqualTo(i + 1);
            assertThat(p.path("x").asDouble()).isEqualTo(Double.parseDouble(row[1]));
            assertThat(p.path("y").asDouble()).isEqualTo(Double.parseDouble(row[2]));
            assertThat(p.path("crs").asString()).isEqualTo("EPSG:5897");
            assertThat(p.path("lon").asDouble()).isCloseTo(CAO_LANH[i][0], within(1e-7));
            assertThat(p.path("lat").asDouble()).isCloseTo(CAO_LANH[i][1], within(1e-7));
            assertThat(p.path("zoneVersion").asInt()).isEqualTo(2);
            assertThat(p.path("appliedBy").asString()).isEqualTo(Accounts.PLANNER);
        }

        JsonNode items = http().get("/ogc/collections/markers/items?zone=kcn-cao-lanh&bbox=105.719,10.579,105.7235,"
                + "10.5855").json();
        assertThat(items.path("numberMatched").asInt()).as("Mốc 1 and M5 lie west of 105.7235").isEqualTo(2);
        JsonNode item = http().get("/ogc/collections/markers/items/kcn-cao-lanh~1").json();
        assertThat(item.path("properties").path("marker").asString()).isEqualTo("Mốc 1");
        JsonNode schema = http().get("/ogc/collections/markers/schema").json().path("properties").path("properties")
                .path("properties");
        assertThat(new ArrayList<>(item.path("properties").propertyNames()))
                .containsExactlyElementsOf(schema.propertyNames());

        JsonNode info = http().get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=markers"
                + "&QUERY_LAYERS=markers&STYLES=&CRS=CRS:84&BBOX=105.7195,10.5795,105.7205,10.5805&WIDTH=101"
                + "&HEIGHT=101&I=50&J=50&INFO_FORMAT=application/json").json();
        assertThat(info.path("features").size()).isEqualTo(1);
        assertThat(info.path("features").get(0).path("properties").path("marker").asString()).isEqualTo("Mốc 1");

        assertThat(http().get("/tiles/zones/" + tile + ".png").body()).as("the zone is drawn").isNotEqualTo(zonesPng);
        assertThat(http().get("/tiles/markers/" + tile + ".png").status()).isEqualTo(200);
        assertThat(http().get("/tiles/markers/" + tile + ".mvt").text()).as("the tile east of Mốc 1").contains("M2");

        JsonNode latest = history("kcn-cao-lanh").get(0);
        assertThat(latest.path("version").asInt()).isEqualTo(2);
        assertThat(latest.path("comment").asString()).isEqualTo("boundary from 5 survey markers (EPSG:5897)");
        assertThat(latest.path("geometryChanged").asBoolean()).isTrue();
        assertThat(strings(latest.path("changedProperties"))).contains("boundaryQuality");
    }

    @Test
    void theMarkersOfAZoneTakenOutOfThePlanLeaveTheMapButNotTheApi() {
        String etag = http().get("/api/zones/ccn-quang-khanh").etag();
        String applied = apply("ccn-quang-khanh", "EPSG:5897", etag, MarkerFiles.csv(Vn2000Tm3.EPSG_5897, IDS,
                QUANG_KHANH)).etag();
        String tile = "/tiles/markers/" + tile(15, 105.604, 10.4725) + ".mvt";
        assertThat(http().get(tile).status()).isEqualTo(200);

        Http.Response removed = http().send("PATCH", "/api/zones/ccn-quang-khanh", headers(
                "application/merge-patch+json", applied), bytes("{\"properties\":{\"lifecycle\":"
                + "\"removed_from_plan\"},\"comment\":\"Không còn trong quy hoạch\"}"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(http().get(tile).status()).as("the cached tile was dropped").isEqualTo(204);
        assertThat(markerIds("ccn-quang-khanh")).containsExactlyElementsOf(IDS);
    }

    @Test
    void aStaleVersionGets412AndNothingIsWritten() {
        String v1 = http().get("/api/zones/kcn-cao-lanh-2").etag();
        String first = MarkerFiles.csv(Vn2000Tm3.EPSG_5897, IDS, CAO_LANH_2);
        assertThat(apply("kcn-cao-lanh-2", "EPSG:5897", v1, first).status()).isEqualTo(200);
        String v2 = http().get("/api/zones/kcn-cao-lanh-2").etag();
        String renamed = MarkerFiles.csv(Vn2000Tm3.EPSG_5897, List.of("A", "B", "C", "D", "E"), CAO_LANH_2);

        Http.Response stale = apply("kcn-cao-lanh-2", "EPSG:5897", v1, renamed);
        Http.Response without = apply("kcn-cao-lanh-2", "EPSG:5897", null, renamed);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(2);
        assertThat(without.status()).isEqualTo(428);
        assertThat(http().get("/api/zones/kcn-cao-lanh-2").etag()).isEqualTo(v2);
        assertThat(markerIds("kcn-cao-lanh-2")).containsExactlyElementsOf(IDS);
        assertThat(history("kcn-cao-lanh-2").size()).isEqualTo(2);
    }

    @Test
    void aBadRowGets422NamingItAndNothingIsWritten() {
        Http.Response zone = http().get("/api/zones/kcn-cao-lanh-3");
        String file = "marker,x,y\nM1,1170000,577000\nM2,1170000,577500\nM3,abc,577500\nM4,1170500,577000\n";

        Http.Response refused = apply("kcn-cao-lanh-3", "EPSG:5897", zone.etag(), file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(3);
        assertThat(error.path("column").asString()).isEqualTo("x");
        assertThat(http().get("/api/zones/kcn-cao-lanh-3").etag()).isEqualTo(zone.etag());
        assertThat(markerIds("kcn-cao-lanh-3")).isEmpty();
        assertThat(history("kcn-cao-lanh-3").size()).isEqualTo(1);
        assertThat(apply("kcn-cao-lanh-3", "EPSG:4326", zone.etag(), file).status()).isEqualTo(400);
    }

    @Test
    void anonymousGets401AndAnOfficial403() {
        Http.Response zone = http().get("/api/zones/kcn-cao-lanh-3");
        byte[] file = bytes(MarkerFiles.csv(Vn2000Tm3.EPSG_5897, IDS, CAO_LANH_2));
        String path = "/api/zones/kcn-cao-lanh-3/markers?crs=EPSG:5897";
        Map<String, String> anonymous = Map.of("Content-Type", CSV, "If-Match", zone.etag());
        Map<String, String> official = new HashMap<>(Accounts.official());
        official.putAll(anonymous);

        assertThat(http().send("POST", path, anonymous, file).status()).isEqualTo(401);
        assertThat(http().send("POST", path, official, file).status()).isEqualTo(403);
        assertThat(http().get("/api/zones/kcn-cao-lanh-3").etag()).isEqualTo(zone.etag());
        assertThat(markerIds("kcn-cao-lanh-3")).isEmpty();
        assertThat(http().get("/api/zones/kcn-khong-co/markers").status()).isEqualTo(404);
    }

    private Http.Response apply(String code, String crs, String ifMatch, String file) {
        return http().send("POST", "/api/zones/" + code + "/markers?crs=" + crs, headers(CSV, ifMatch), bytes(file));
    }

    private List<String> markerIds(String code) {
        List<String> ids = new ArrayList<>();
        http().get("/api/zones/" + code + "/markers").json().path("features").forEach(f -> ids.add(f.path("id")
                .asString()));
        return ids;
    }

    private static String tile(int z, double lon, double lat) {
        TileId tile = TileId.containing(lon, lat, z);
        return tile.z() + "/" + tile.x() + "/" + tile.y();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asString()));
        return strings;
    }
}
