package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/** The public read API over HTTP, on the embedded store seeded with the project's geodata. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZoneApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void listsEveryZoneOfTheSeedPlansAsGeoJson() {
        Http.Response response = http().get("/api/zones");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        JsonNode body = response.json();
        assertThat(body.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(body.path("features").size()).isEqualTo(21);
        assertThat(body.path("numberMatched").asInt()).isEqualTo(21);
        JsonNode tanKieu = feature(body, "kcn-tan-kieu");
        assertThat(tanKieu.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(tanKieu.path("properties").path("name").asString()).isEqualTo("Tân Kiều");
        assertThat(tanKieu.path("properties").path("district").asString()).isEqualTo("H. Tháp Mười");
        JsonNode caoLanh = feature(body, "kcn-cao-lanh");
        assertThat(caoLanh.path("geometry").isNull()).isTrue();
        assertThat(caoLanh.path("properties").path("hasBoundary").asBoolean()).isFalse();
        assertThat(caoLanh.path("properties").path("markerPoint").size()).isEqualTo(2);
    }

    @Test
    void listsTheZonesAsTheyStoodOnADay() {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonNode now = http().get("/api/zones").json();
        JsonNode asOfToday = http().get("/api/zones?asOf=" + today).json();
        JsonNode longAgo = http().get("/api/zones?asOf=2019-01-01").json();

        assertThat(asOfToday.path("asOf").asString()).isEqualTo(today);
        assertThat(codes(asOfToday)).isEqualTo(codes(now));
        assertThat(codes(longAgo)).as("the seed's facts predate the store").isEqualTo(codes(now));
        JsonNode thanhLoc = feature(longAgo, "kcn-thanh-loc").path("properties");
        assertThat(thanhLoc.path("occupancyPct").isNull()).as("its report is dated 2021").isTrue();
        assertThat(feature(now, "kcn-thanh-loc").path("properties").path("occupancyPct").asDouble()).isEqualTo(75.0);
        assertThat(http().get("/api/zones/kcn-thanh-loc?asOf=2022-01-01").json().path("properties")
                .path("occupancyPct").asDouble()).isEqualTo(75.0);
    }

    @Test
    void refusesADateItCannotAnswer() {
        for (String bad : List.of("2026-13-01", "yesterday", "2999-01-01")) {
            Http.Response list = http().get("/api/zones?asOf=" + bad);
            Http.Response one = http().get("/api/zones/kcn-tan-kieu?asOf=" + bad);
            assertThat(list.status()).as(bad).isEqualTo(400);
            assertThat(list.json().path("parameter").asString()).isEqualTo("asOf");
            assertThat(one.status()).as(bad).isEqualTo(400);
        }
        assertThat(http().get("/api/zones/kcn-tan-kieu?asOf=2024-01-01&version=1").status()).isEqualTo(400);
    }

    @Test
    void searchIgnoresDiacritics() {
        assertThat(codes("/api/zones?q=" + Http.q("thuong phuoc"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes("/api/zones?q=" + Http.q("Thường Phước"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes("/api/zones?q=" + Http.q("tan kieu"))).containsExactly("kcn-tan-kieu");
        assertThat(codes("/api/zones?q=" + Http.q("xeo ro"))).containsExactly("kcn-xeo-ro");
    }

    @Test
    void filtersByKindAndProvinceWrittenAnyWay() {
        List<String> clusters = List.of("ccn-binh-an", "ccn-ham-ninh", "ccn-vinh-hoa-hung-nam");
        assertThat(codes("/api/zones?kind=CCN&province=" + Http.q("Kiên Giang"))).containsExactlyElementsOf(clusters);
        assertThat(codes("/api/zones?kind=ccn&province=" + Http.q("kien giang"))).containsExactlyElementsOf(clusters);
        assertThat(codes("/api/zones?kind=CCN&province=kien-giang")).containsExactlyElementsOf(clusters);
    }

    @Test
    void filtersByDistrictStatusesAndAvailableLand() {
        assertThat(codes("/api/zones?district=" + Http.q("TP Cao Lãnh"))).containsExactly("ccn-quang-khanh",
                "ccn-tp-cao-lanh", "kcn-tran-quoc-toan", "kcn-tran-quoc-toan-mo-rong");
        assertThat(codes("/api/zones?district=" + Http.q("H. Cao Lãnh"))).containsExactly("kcn-ba-sao", "kcn-cao-lanh",
                "kcn-cao-lanh-2", "kcn-cao-lanh-3");
        assertThat(codes("/api/zones?district=" + Http.q("Cao Lãnh"))).hasSize(8);
        assertThat(codes("/api/zones?lifecycle=operating&investment=seeking_tenants")).containsExactly(
                "kcn-sa-dec-a1", "kcn-thanh-loc");
        assertThat(codes("/api/zones?clearance=not_started&kind=KCN")).contains("kcn-xeo-ro").doesNotContain("kcn-song-hau");
        // Only Sông Hậu's available land is known (0.9 ha); the illustrative lots of Sa Đéc A1 and Thạnh Lộc
        // give none (IllustrativeDataTest says more).
        assertThat(codes("/api/zones?minAvailableHa=0.5")).containsExactly("kcn-song-hau");
        assertThat(codes("/api/zones?minAvailableHa=5")).isEmpty();
    }

    @Test
    void filtersByBoundingBox() {
        // Around Tân Kiều (10.515 N, 105.815 E) only.
        assertThat(codes("/api/zones?bbox=105.79,10.49,105.84,10.54")).containsExactly("kcn-tan-kieu");
        assertThat(codes("/api/zones?bbox=106.5,11.5,106.6,11.6")).isEmpty();
    }

    @Test
    void listsTheZonesWithTheirBoxesInPlaceOfTheirBoundariesWhenAskedTo() {
        JsonNode full = http().get("/api/zones").json();
        JsonNode boxes = http().get("/api/zones?boundaries=false&kind=KCN").json();

        assertThat(codes(boxes)).isNotEmpty().isSubsetOf(codes(full));
        for (JsonNode feature : boxes.path("features")) {
            JsonNode whole = feature(full, feature.path("id").asString());
            assertThat(feature.path("geometry").isNull()).isTrue();
            assertThat(feature.path("properties")).isEqualTo(whole.path("properties"));
            if (whole.path("geometry").isNull()) {
                assertThat(feature.has("bbox")).isFalse();
                continue;
            }
            // West, south, east, north: the vertices' reach, rounded outward to the seven decimals of coordinates.
            double[] reach = {180, 90, -180, -90};
            for (String lonLat : whole.path("geometry").path("coordinates").toString().split("[\\[\\]]+")) {
                String[] pair = lonLat.split(",");
                for (int axis = 0; pair.length == 2 && axis < 4; axis++) {
                    double value = Double.parseDouble(pair[axis % 2]);
                    reach[axis] = axis < 2 ? Math.min(reach[axis], value) : Math.max(reach[axis], value);
                }
            }
            for (int axis = 0; axis < 4; axis++) {
                double edge = feature.path("bbox").get(axis).asDouble();
                assertThat(axis < 2 ? reach[axis] - edge : edge - reach[axis]).as("bbox[%d] of %s", axis, feature.path("id"))
                        .isBetween(-1e-9, 1.01e-7);
            }
        }
        assertThat(boxes.path("features").findValues("bbox")).as("zones with a boundary have a box").isNotEmpty();
        assertThat(http().get("/api/zones?boundaries=true").json()).isEqualTo(full);
        assertProblem("/api/zones?boundaries=no", 400, "boundaries");
        assertProblem("/api/zones?boundaries=false&zoom=6", 400, "zoom");
    }

    @Test
    void oneZoneCarriesItsFiguresAndAnETagWithItsVersion() {
        Http.Response response = http().get("/api/zones/kcn-song-hau");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).startsWith("W/\"v1-");
        JsonNode p = response.json().path("properties");
        assertThat(p.path("leasableHa").asDouble()).isEqualTo(45.2);
        assertThat(p.path("leasedHa").asDouble()).isEqualTo(44.3);
        assertThat(p.path("availableHa").asDouble()).isEqualTo(0.9);
        assertThat(p.path("occupancyPct").asDouble()).isEqualTo(98.01);
        assertThat(p.path("occupancyBasis").asString()).isEqualTo("leased_area");
        assertThat(p.path("geometricAreaHa").asDouble()).isCloseTo(66.0, org.assertj.core.data.Offset.offset(0.7));
        assertThat(p.path("areaMismatch").asBoolean()).isFalse();
        assertThat(p.path("lotCount").asInt()).isEqualTo(10);

        Http.Response again = http().get("/api/zones/kcn-song-hau", Map.of("If-None-Match", response.etag()));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void gzipsGeoJsonForClientsThatAcceptIt() {
        Http.Response response = http().get("/api/zones", Map.of("Accept-Encoding", "gzip"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.etag()).isNotBlank();
    }

    @Test
    void answersPlainJsonToClientsThatAskOnlyForJson() {
        Http.Response response = http().get("/api/zones", Map.of("Accept", "application/json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void servesLotsReportsAndTargetsOfAZone() {
        JsonNode lots = http().get("/api/zones/kcn-thanh-loc/lots").json();
        assertThat(lots.path("features").size()).isEqualTo(16);
        assertThat(lots.path("features").get(0).path("id").asString()).startsWith("kcn-thanh-loc/");

        JsonNode reports = http().get("/api/zones/kcn-thanh-loc/reports").json();
        assertThat(reports.get(0).path("occupancyPct").asDouble()).isEqualTo(75.0);
        assertThat(reports.get(0).path("note").asString()).contains("lấp đầy");

        JsonNode targets = http().get("/api/zones/kcn-thuan-yen/targets").json();
        List<String> metrics = new ArrayList<>();
        targets.forEach(t -> metrics.add(t.path("scope").asString() + ":" + t.path("metric").asString()));
        assertThat(metrics).containsExactlyInAnyOrder("zone:construction_completed", "province:occupancy_pct",
                "province:occupancy_pct");
        assertThat(targets.get(0).path("source").path("title").asString()).isNotBlank();
        assertThat(targets.get(0).path("progress").path("status").asString()).isIn("met", "missed",
                "on_track", "at_risk", "no_data");
    }

    @Test
    void listsEveryTargetWithItsSourceDocument() {
        JsonNode targets = http().get("/api/targets").json();

        assertThat(targets.size()).isEqualTo(18);
        targets.forEach(t -> {
            assertThat(t.path("wording").asString()).isNotBlank();
            assertThat(t.path("source").path("title").asString()).isNotBlank();
            assertThat(t.path("scopeName").asString()).isNotBlank();
        });
    }

    @Test
    void refusesBadInputWithAProblemThatNamesTheParameter() {
        assertProblem("/api/zones?kind=KKT", 400, "kind");
        assertProblem("/api/zones?bbox=1,2,3", 400, "bbox");
        assertProblem("/api/zones?bbox=106,11,105,10", 400, "bbox");
        assertProblem("/api/zones?bbox=a,b,c,d", 400, "bbox");
        assertProblem("/api/zones?minAvailableHa=-1", 400, "minAvailableHa");
        assertProblem("/api/zones?minAvailableHa=lots", 400, "minAvailableHa");
        assertProblem("/api/zones?province=Atlantis", 400, "province");
        assertProblem("/api/zones?district=" + Http.q("Hà Nội"), 400, "district");
        assertProblem("/api/zones?investment=open", 400, "investment");
        assertProblem("/api/zones?knd=KCN", 400, "knd");
        assertProblem("/api/stats/occupancy?groupBy=xa", 400, "groupBy");
        assertProblem("/api/zones?commune2025=30055", 400, "commune2025");
        assertProblem("/api/lots?bbox=105,10,106,11&limit=0", 400, "limit");

        Http.Response missing = http().get("/api/zones/kcn-atlantis");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("detail").asString()).contains("kcn-atlantis");
        assertThat(http().get("/api/zones/kcn-atlantis/lots").status()).isEqualTo(404);
    }

    @Test
    void reportsHealth() {
        Http.Response health = http().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    private void assertProblem(String path, int status, String parameter) {
        Http.Response response = http().get(path);
        assertThat(response.status()).as(path).isEqualTo(status);
        assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(problem.path("detail").asString()).as(path).isNotBlank();
        assertThat(response.text()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private List<String> codes(String path) {
        Http.Response response = http().get(path);
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
        return codes(response.json());
    }

    private static List<String> codes(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.path("features").forEach(f -> codes.add(f.path("id").asString()));
        return codes;
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.path("features")) {
            if (f.path("id").asString().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }
}
