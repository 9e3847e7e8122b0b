package vn.kcnatlas.unit2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.SharedGeodata;
import vn.kcnatlas.support.WriteApiTest;

/**
 * Today's units (since 1 July 2025) over the seed: the shared file of the new Đồng Tháp's and An Giang's
 * communes imported, each zone placed in one, the statistics and filters by them, a planner's choice kept;
 * the same on every store.
 */
abstract class CurrentUnitsContract extends WriteApiTest {

    static final String FILE = "communes-2025-dongthap-angiang.geojson";
    private static final ImportOptions WRITE = new ImportOptions(false, false, null, "test", false);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Importer importer;

    @TempDir
    Path temp;

    @BeforeEach
    void importTheSharedFile() {
        ImportReport report = importCommunes(SharedGeodata.file(FILE));
        assertThat(report.errors()).isEmpty();
        assertThat(report.read()).isEqualTo(204);
    }

    @Test
    void importsThe204UnitsOfTheTwoNewProvinces() {
        JsonNode communes = http().get("/api/communes").json();
        assertThat(communes.path("numberMatched").asInt()).isEqualTo(204);
        JsonNode myQui = feature(communes, "30055");
        assertThat(myQui.path("properties").path("fullName").asString()).isEqualTo("Xã Mỹ Quí");
        assertThat(myQui.path("properties").path("provinceName").asString()).isEqualTo("Đồng Tháp");
        assertThat(myQui.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");

        JsonNode provinces = http().get("/api/provinces2025").json().path("features");
        assertThat(provinces.size()).isEqualTo(2);
        assertThat(provinces.get(0).path("properties").path("name").asString()).isEqualTo("Đồng Tháp");
        assertThat(provinces.get(0).path("properties").path("communeCount").asInt()).isEqualTo(102);
        assertThat(provinces.get(1).path("properties").path("code").asString()).isEqualTo("91");
        assertThat(provinces.get(1).path("properties").path("name").asString()).isEqualTo("An Giang");
        assertThat(provinces.get(1).path("properties").path("communeCount").asInt()).isEqualTo(102);

        assertThat(importCommunes(SharedGeodata.file(FILE)).unchanged()).as("the same file again").isEqualTo(204);
    }

    @Test
    void placesEachZoneInTheCommuneHoldingMostOfItsBoundary() {
        assertCommune("kcn-tan-kieu", "30055", "Xã Mỹ Quí", "82", "Đồng Tháp");
        assertCommune("ccn-thuong-phuoc", "29971", "Xã Thường Phước", "82", "Đồng Tháp");
        assertThat(properties("kcn-ba-sao").path("commune2025Name").asString()).isEqualTo("Xã Ba Sao");
        assertThat(properties("kcn-thanh-loc").path("commune2025Name").asString()).isEqualTo("Xã Thạnh Lộc");
        assertThat(properties("kcn-thanh-loc").path("province2025Name").asString()).isEqualTo("An Giang");
        assertThat(properties("ccn-binh-an").path("commune2025Name").asString()).isEqualTo("Xã Bình An");
        assertThat(properties("ccn-ham-ninh").path("commune2025Name").asString()).isEqualTo("Đặc khu Phú Quốc");
        JsonNode tanKieu = properties("kcn-tan-kieu");
        assertThat(tanKieu.path("district").asString()).as("the former district stays").isEqualTo("H. Tháp Mười");
        assertThat(tanKieu.path("province").asString()).isEqualTo("Đồng Tháp");
        JsonNode clearance = http().get("/api/stats/clearance").json();
        for (JsonNode row : clearance) {
            if (row.path("code").asString().equals("kcn-thanh-loc")) {
                assertThat(row.path("districtName").asString()).isEqualTo("H. Châu Thành");
                assertThat(row.path("commune2025Name").asString()).isEqualTo("Xã Thạnh Lộc");
                assertThat(row.path("province2025Name").asString()).isEqualTo("An Giang");
            }
        }
        assertThat(clearance.findValuesAsString("code")).contains("kcn-thanh-loc");
    }

    @Test
    void everyZoneWithABoundaryHasACommuneAndOneWithoutHasOnlyItsDistrictsProvince() {
        JsonNode zones = http().get("/api/zones?lifecycle=planned,under_construction,operating,removed_from_plan")
                .json().path("features");
        for (JsonNode zone : zones) {
            JsonNode p = zone.path("properties");
            if (p.path("hasBoundary").asBoolean()) {
                assertThat(p.path("commune2025Code").asString()).as(p.path("code").asString()).matches("[0-9]{5}");
                assertThat(p.path("unit2025Basis").asString()).isEqualTo("boundary");
            } else {
                assertThat(p.path("commune2025Code").isNull()).as(p.path("code").asString()).isTrue();
                assertThat(p.path("commune2025Name").isNull()).isTrue();
                assertThat(p.path("unit2025Basis").asString()).isEqualTo("label_point");
                assertThat(p.path("province2025Code").asString()).isEqualTo("82");
            }
        }
    }

    @Test
    void occupancyByCommuneAddsUpToTheSameTotalsAsByDistrict() {
        JsonNode byCommune = http().get("/api/stats/occupancy?groupBy=commune").json();
        JsonNode byDistrict = http().get("/api/stats/occupancy?groupBy=district").json();
        for (String figure : List.of("zoneCount", "areaHa", "leasableHa", "leasedHa")) {
            assertThat(sum(byCommune, figure)).as(figure).isCloseTo(sum(byDistrict, figure), within(0.05));
        }
        JsonNode last = byCommune.get(byCommune.size() - 1);
        assertThat(last.path("group").isNull()).as("zones without a boundary, in one row").isTrue();
        assertThat(last.path("groupName").asString()).isEqualTo("Chưa xác định");
        assertThat(last.path("zoneCount").asInt()).isEqualTo(5);
        assertThat(byCommune.get(0).path("units").asString()).isEqualTo("current");
        assertThat(byDistrict.get(0).path("units").asString()).isEqualTo("former");

        JsonNode byProvince = http().get("/api/stats/occupancy?groupBy=province2025").json();
        assertThat(byProvince.size()).isEqualTo(2);
        assertThat(byProvince.get(0).path("groupName").asString()).isEqualTo("Đồng Tháp");
        assertThat(sum(byProvince, "zoneCount")).isEqualTo(sum(byDistrict, "zoneCount"));
    }

    @Test
    void filtersZonesByTodaysUnits() {
        assertThat(codes(http().get("/api/zones?commune2025=30055").json())).containsExactly("kcn-tan-kieu");
        List<String> anGiang = codes(http().get("/api/zones?province2025=91").json());
        assertThat(anGiang).contains("kcn-thanh-loc", "ccn-ham-ninh").doesNotContain("kcn-tan-kieu");
        assertThat(anGiang).allMatch(code -> properties(code).path("provinceCode").asString().equals("kien-giang"));

        JsonNode ogc = http().get("/ogc/collections/zones/items?province2025Code=82&commune2025Code=30055").json();
        assertThat(codes(ogc)).containsExactly("kcn-tan-kieu");
        assertThat(ogc.path("features").get(0).path("properties").path("commune2025Name").asString())
                .isEqualTo("Xã Mỹ Quí");

        assertThat(codes(http().get("/api/zones?commune2025=30055&asOf=2025-01-01").json()))
                .as("a past day, in today's units").containsExactly("kcn-tan-kieu");

        Http.Response unknown = http().get("/api/zones?commune2025=99999");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("detail").asString()).contains("commune2025 '99999'");
    }

    @Test
    void aPlannersChoiceSurvivesAReimportAndABoundaryEditUntilCleared() {
        String etag = http().send("POST", "/api/zones", headers(GEO_JSON, null),
                bytes(zone("kcn-xa-chon", "Xã Chọn", 105.632, 10.632, 0.004))).etag();
        String fromBoundary = properties("kcn-xa-chon").path("commune2025Code").asString();
        assertThat(fromBoundary).matches("[0-9]{5}").isNotEqualTo("30055");

        Http.Response chosen = patch("kcn-xa-chon", etag, "{\"properties\":{\"commune2025Code\":\"30055\"}}");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().path("properties").path("commune2025Name").asString()).isEqualTo("Xã Mỹ Quí");
        assertThat(chosen.json().path("properties").path("unit2025Basis").asString()).isEqualTo("planner");

        importCommunes(SharedGeodata.file(FILE));
        assertThat(properties("kcn-xa-chon").path("commune2025Code").asString()).as("after a re-import").isEqualTo("30055");

        Http.Response moved = patch("kcn-xa-chon", chosen.etag(), "{\"geometry\":" + square(105.633, 10.633, 0.004)
                + "}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("properties").path("commune2025Code").asString()).as("after a boundary edit")
                .isEqualTo("30055");

        Http.Response cleared = patch("kcn-xa-chon", moved.etag(), "{\"properties\":{\"commune2025Code\":null}}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("properties").path("commune2025Code").asString()).isEqualTo(fromBoundary);
        assertThat(cleared.json().path("properties").path("unit2025Basis").asString()).isEqualTo("boundary");

        Http.Response unknown = patch("kcn-xa-chon", cleared.etag(), "{\"properties\":{\"commune2025Code\":\"99999\"}}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("errors").get(0).path("pointer").asString())
                .isEqualTo("/properties/commune2025Code");
        assertThat(properties("kcn-xa-chon").path("commune2025Code").asString()).isEqualTo(fromBoundary);
    }

    @Test
    void aReimportReplacesTheSetAndPlacesTheZonesAnew() throws IOException {
        String etag = http().get("/api/zones/kcn-xeo-ro").etag();
        assertThat(patch("kcn-xeo-ro", etag, "{\"properties\":{\"commune2025Code\":\"30055\"}}").status())
                .isEqualTo(200);
        String thanhLocCommune = properties("kcn-thanh-loc").path("commune2025Code").asString();
        assertThat(patch("kcn-thanh-loc", http().get("/api/zones/kcn-thanh-loc").etag(),
                "{\"properties\":{\"commune2025Code\":\"" + thanhLocCommune + "\"}}").status()).isEqualTo(200);

        ImportReport report = importCommunes(variant(features -> {
            for (int i = features.size() - 1; i >= 0; i--) {
                if (features.get(i).path("properties").path("province_code").asString().equals("91")) {
                    features.remove(i);
                }
            }
        }));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).hasSize(103).last().extracting(w -> w.message()).asString()
                .contains("a planner chose commune " + thanhLocCommune + " for kcn-thanh-loc");
        assertThat(http().get("/api/communes").json().path("numberMatched").asInt()).isEqualTo(102);
        assertThat(http().get("/api/provinces2025").json().path("features").size()).isEqualTo(1);
        JsonNode thanhLoc = properties("kcn-thanh-loc");
        assertThat(thanhLoc.path("commune2025Code").isNull()).isTrue();
        assertThat(thanhLoc.path("province2025Code").isNull()).isTrue();
        assertThat(thanhLoc.path("unit2025Basis").isNull()).as("the planner's choice went with its commune").isTrue();
        assertThat(properties("kcn-tan-kieu").path("commune2025Code").asString()).isEqualTo("30055");
        assertThat(properties("kcn-xeo-ro").path("unit2025Basis").asString()).as("a choice the set keeps")
                .isEqualTo("planner");

        etag = http().get("/api/zones/kcn-xeo-ro").etag();
        assertThat(patch("kcn-xeo-ro", etag, "{\"properties\":{\"commune2025Code\":null}}").status()).isEqualTo(200);
    }

    @Test
    void aBadFileIsRefusedWholeAndNothingIsStored() throws IOException {
        JsonNode before = http().get("/api/communes").json();
        String invalid = "{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.6],[105.7,10.7],[105.7,10.6],"
                + "[105.6,10.7],[105.6,10.6]]]}";
        String projected = "{\"type\":\"Polygon\",\"coordinates\":[[[580000,1160000],[581000,1160000],"
                + "[581000,1161000],[580000,1160000]]]}";

        ImportReport refused = importCommunes(variant(features -> {
            ((ObjectNode) features.get(0).path("properties")).remove("full_name");
            ((ObjectNode) features.get(1)).set("geometry", JSON.readTree(invalid));
            ((ObjectNode) features.get(2)).set("geometry", JSON.readTree(projected));
            ((ObjectNode) features.get(3).path("properties")).put("code", "3005");
            ((ObjectNode) features.get(4).path("properties")).remove("province");
            features.remove(5);
        }));

        assertThat(refused.applied()).isFalse();
        assertThat(refused.errors()).extracting(e -> e.index() + ": " + e.message()).satisfiesExactly(
                e -> assertThat(e).startsWith("1: ").contains("full_name is required"),
                e -> assertThat(e).startsWith("2: ").containsIgnoringCase("self-intersect"),
                e -> assertThat(e).startsWith("3: ").contains("outside Vietnam"),
                e -> assertThat(e).startsWith("4: ").contains("not a five-digit commune code"),
                e -> assertThat(e).startsWith("5: ").contains("province is required"));
        assertThat(http().get("/api/communes").json()).isEqualTo(before);
        assertThat(properties("kcn-tan-kieu").path("commune2025Code").asString()).isEqualTo("30055");
    }

    private ImportReport importCommunes(Path file) {
        return importer.importFile("communes", file, WRITE, ImportProgress.NONE);
    }

    /** The shared file changed, in a temporary directory: the project never keeps a copy. */
    private Path variant(Consumer<ArrayNode> change) throws IOException {
        ObjectNode collection = (ObjectNode) JSON.readTree(Files.readString(SharedGeodata.file(FILE)));
        change.accept((ArrayNode) collection.get("features"));
        Path file = temp.resolve("communes.geojson");
        Files.writeString(file, JSON.writeValueAsString(collection));
        return file;
    }

    private void assertCommune(String zone, String code, String name, String provinceCode, String provinceName) {
        JsonNode p = properties(zone);
        assertThat(p.path("commune2025Code").asString()).as(zone).isEqualTo(code);
        assertThat(p.path("commune2025Name").asString()).isEqualTo(name);
        assertThat(p.path("province2025Code").asString()).isEqualTo(provinceCode);
        assertThat(p.path("province2025Name").asString()).isEqualTo(provinceName);
        assertThat(p.path("unit2025Basis").asString()).isEqualTo("boundary");
    }

    private JsonNode properties(String code) {
        return http().get("/api/zones/" + code).json().path("properties");
    }

    private Http.Response patch(String code, String etag, String body) {
        return http().send("PATCH", "/api/zones/" + code, headers(MERGE_PATCH, etag), bytes(body));
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("id").asString().equals(id)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static List<String> codes(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.path("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
        return codes;
    }

    private static double sum(JsonNode rows, String figure) {
        double total = 0;
        for (JsonNode row : rows) {
            total += row.path(figure).asDouble();
        }
        return total;
    }
}
