package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.DistrictFixtures;
import vn.kcnatlas.support.Http;

/**
 * Every kind of bad boundary a planner can send gets its own precise 422 over HTTP, naming what and where,
 * and leaves the store as it was: the zone's version and history, and the lots, unchanged. Each store runs
 * it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class GeometryRefusalsContract {

    private static final double LON = 105.73;
    private static final double LAT = 10.73;
    /** The zone is the square from (LON, LAT) to (LON + SIDE, LAT + SIDE). */
    private static final double SIDE = 0.004;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Importer importer;

    private Http http() {
        return new Http(port);
    }

    @BeforeEach
    void aZoneWithALot() {
        Accounts.ensurePlannerAndOfficial(http());
        if (http().get("/api/zones/kcn-sai-hinh").status() == 404) {
            assertThat(http().send("POST", "/api/zones", headers(GEO_JSON, null),
                    bytes(zone("kcn-sai-hinh", "Sai Hình", LON, LAT, SIDE))).status()).isEqualTo(201);
            assertThat(http().send("POST", "/api/zones/kcn-sai-hinh/lots", headers(GEO_JSON, null),
                    bytes(lot("L1", LON + SIDE / 8, LAT + SIDE / 8, SIDE / 4))).status()).isEqualTo(201);
        }
    }

    static Stream<Arguments> badBoundaries() {
        String ring = IntStream.rangeClosed(0, 100_001).mapToObj(i -> {
            double angle = 2 * Math.PI * (i % 100_001) / 100_001;
            return String.format(Locale.ROOT, "[%.7f,%.7f]", LON + 0.001 * Math.cos(angle), LAT + 0.001 * Math.sin(angle));
        }).collect(Collectors.joining(","));
        return Stream.of(
                Arguments.of("self-intersection", polygon("[105.73,10.73],[105.732,10.732],[105.732,10.73],"
                        + "[105.73,10.732],[105.73,10.73]"), "/geometry"),
                Arguments.of("ring-not-closed", polygon("[105.73,10.73],[105.732,10.73],[105.732,10.732]"),
                        "/geometry/coordinates/0"),
                Arguments.of("too-few-points", polygon("[105.73,10.73],[105.732,10.73],[105.73,10.73]"),
                        "/geometry/coordinates/0"),
                Arguments.of("hole-outside-shell", "{\"type\":\"Polygon\",\"coordinates\":[[[105.73,10.73],"
                        + "[105.732,10.73],[105.732,10.732],[105.73,10.732],[105.73,10.73]],[[105.74,10.74],"
                        + "[105.741,10.74],[105.741,10.741],[105.74,10.741],[105.74,10.74]]]}", "/geometry"),
                Arguments.of("outside-vietnam", polygon("[10.73,105.73],[10.732,105.73],[10.732,105.732],"
                        + "[10.73,105.732],[10.73,105.73]"), "/geometry"),
                Arguments.of("not-finite", polygon("[105.73,10.73],[1e400,10.73],[105.732,10.732],[105.73,10.73]"),
                        "/geometry/coordinates/0/1"),
                Arguments.of("too-many-vertices", "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}",
                        "/geometry"),
                Arguments.of("wrong-type", "{\"type\":\"LineString\",\"coordinates\":[[105.73,10.73],[105.74,10.74]]}",
                        "/geometry"),
                // Over Tân Kiều, a seed zone.
                Arguments.of("overlaps-zone", square(105.815, 10.515, 0.004), "/geometry"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBoundaries")
    void aBadBoundaryGetsItsOwn422AndChangesNothing(String code, String geometry, String pointer) {
        Http.Response before = http().get("/api/zones/kcn-sai-hinh");
        String store = dump();

        Http.Response refused = http().send("PATCH", "/api/zones/kcn-sai-hinh", headers(MERGE_PATCH, before.etag()),
                bytes("{\"geometry\":" + geometry + "}"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json().path("errors").get(0);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("message").asString()).isNotBlank();
        assertThat(problem.path("pointer").asString()).startsWith(pointer);
        if (code.equals("self-intersection") || code.equals("overlaps-zone")) {
            assertThat(problem.path("coordinate").size()).as("the point it names").isEqualTo(2);
        }
        if (code.equals("overlaps-zone")) {
            assertThat(problem.path("message").asString()).contains("kcn-tan-kieu");
        }
        assertThat(dump()).as("the store is unchanged").isEqualTo(store);
        assertThat(http().get("/api/zones/kcn-sai-hinh").etag()).isEqualTo(before.etag());
    }

    @Test
    void aLotOutsideItsZoneOrOverAnotherLotGetsItsOwn422AndChangesNothing() {
        String store = dump();

        Http.Response outside = http().send("POST", "/api/zones/kcn-sai-hinh/lots", headers(GEO_JSON, null),
                bytes(lot("L9", LON + 0.01, LAT, SIDE / 4)));
        Http.Response over = http().send("POST", "/api/zones/kcn-sai-hinh/lots", headers(GEO_JSON, null),
                bytes(lot("L2", LON + SIDE / 4, LAT + SIDE / 4, SIDE / 4)));

        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().path("errors").get(0).path("code").asString()).isEqualTo("lot-outside-zone");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().path("errors").get(0).path("code").asString()).isEqualTo("lot-overlaps-lot");
        assertThat(over.json().path("errors").get(0).path("message").asString()).contains("L1");
        assertThat(dump()).isEqualTo(store);
    }

    /**
     * Runs last: a province has a boundary only once district boundaries are imported (the seed has none),
     * so this brings in the test squares around each district's label point first.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aZoneOutsideItsProvinceGetsItsOwn422AndChangesNothing() {
        ImportReport districts = importer.importGeoJson("districts", new ByteArrayInputStream(
                DistrictFixtures.geoJson().getBytes(StandardCharsets.UTF_8)), "districts.geojson",
                new ImportOptions(false, false, null, "test", false), ImportProgress.NONE);
        assertThat(districts.errors()).isEmpty();
        Http.Response before = http().get("/api/zones/kcn-sai-hinh");
        String store = dump();

        // Around Rạch Giá, in Kiên Giang, for a zone of Đồng Tháp.
        Http.Response refused = http().send("PATCH", "/api/zones/kcn-sai-hinh", headers(MERGE_PATCH, before.etag()),
                bytes("{\"geometry\":" + square(105.115, 10.069, 0.004) + "}"));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        JsonNode problem = refused.json().path("errors").get(0);
        assertThat(problem.path("code").asString()).isEqualTo("outside-province");
        assertThat(problem.path("message").asString()).contains("Đồng Tháp");
        assertThat(dump()).isEqualTo(store);
    }

    /** What a refused write must leave as it was: the zones' versions, the histories and the lots. */
    private String dump() {
        return jdbc.sql("SELECT code, version FROM zone ORDER BY code").query().listOfRows() + " "
                + jdbc.sql("SELECT COUNT(*) FROM zone_history").query(Long.class).single() + " "
                + jdbc.sql("SELECT zone_code, code, version FROM lot ORDER BY zone_code, code").query().listOfRows();
    }

    private static String polygon(String positions) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + positions + "]]}";
    }

    private static String lot(String code, double lon, double lat, double side) {
        return "{\"type\":\"Feature\",\"geometry\":" + square(lon, lat, side) + ",\"properties\":{\"code\":\"" + code
                + "\",\"status\":\"available\"}}";
    }
}
