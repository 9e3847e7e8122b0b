package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.LogLines;
import vn.kcnatlas.support.WriteApiTest;

/** The zone write API over HTTP, on a store seeded with the project's geodata; the same on every store. */
abstract class ZoneWriteApiContract extends WriteApiTest {

    /** Tân Kiều's tile at zoom 12, and a WMS map around it. */
    private static final String TAN_KIEU_TILE = "/tiles/zones/12/3251/1927";
    private static final String TAN_KIEU_MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES="
            + "&CRS=CRS:84&BBOX=105.78,10.48,105.85,10.55&WIDTH=300&HEIGHT=300&FORMAT=image/png";

    @Test
    void anonymousWritesGet401AndAccountsWithoutThePlannersRoleGet403() {
        String etag = http().get("/api/zones/kcn-tan-kieu").etag();
        String feature = zone("kcn-khong-quyen", "Không Quyền", 105.62, 10.62, 0.004);
        Map<String, String> anonymous = Map.of("Content-Type", GEO_JSON, "If-Match", etag);
        Map<String, String> official = new HashMap<>(Accounts.official());
        official.putAll(anonymous);

        assertThat(http().send("POST", "/api/zones", anonymous, bytes(feature)).status()).isEqualTo(401);
        assertThat(http().send("POST", "/api/zones", official, bytes(feature)).status()).isEqualTo(403);
        assertThat(http().send("PUT", "/api/zones/kcn-tan-kieu", official, bytes(feature)).status()).isEqualTo(403);
        assertThat(http().send("POST", "/api/zones/kcn-tan-kieu/revert?version=1", anonymous, null).status())
                .isEqualTo(401);
        assertThat(http().get("/api/zones/kcn-khong-quyen").status()).isEqualTo(404);
        assertThat(http().get("/api/zones/kcn-tan-kieu").etag()).isEqualTo(etag);
        assertThat(http().get("/api/zones/kcn-tan-kieu/history").status()).isEqualTo(401);
        assertThat(http().get("/api/zones/kcn-tan-kieu/history", Accounts.official()).status()).isEqualTo(200);
    }

    @Test
    void createsAZoneWithLocationAndETag() {
        Http.Response created = post(zone("kcn-moi-tao", "Mới Tạo", 105.63, 10.63, 0.004));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/zones/kcn-moi-tao");
        assertThat(created.etag()).startsWith("W/\"v1-");
        assertThat(created.json().path("properties").path("name").asString()).isEqualTo("Mới Tạo");
        assertThat(created.json().path("properties").path("editedBy").asString()).isEqualTo(Accounts.PLANNER);
        assertThat(created.json().path("geodesicAreaHa").asDouble()).as("the answer measures the boundary")
                .isBetween(19.0, 20.0);
        assertThat(created.json().path("declaredAreaHa").asDouble()).isEqualTo(100.0);
        assertThat(created.json().path("warnings").get(0).path("code").asString()).isEqualTo("area-mismatch");
        assertThat(http().get("/api/zones/kcn-moi-tao").etag()).startsWith("W/\"v1-");
        assertThat(post(zone("kcn-moi-tao", "Mới Tạo", 105.63, 10.63, 0.004)).status()).isEqualTo(409);
    }

    @Test
    void putReplacesTheZoneAtTheVersionItIsBasedOn() {
        String etag = post(zone("kcn-thay-the", "Thay Thế", 105.64, 10.64, 0.004)).etag();

        Http.Response replaced = send("PUT", "/api/zones/kcn-thay-the", GEO_JSON, etag,
                zone("kcn-thay-the", "Thay Thế Mới", 105.64, 10.64, 0.005));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.etag()).startsWith("W/\"v2-");
        assertThat(replaced.json().path("properties").path("name").asString()).isEqualTo("Thay Thế Mới");
        JsonNode versions = history("kcn-thay-the");
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("action").asString()).isEqualTo("update");
        assertThat(versions.get(0).path("geometryChanged").asBoolean()).isTrue();
        assertThat(versions.get(0).path("changedProperties").toString()).isEqualTo("[\"name\"]");
        assertThat(http().get("/api/zones/kcn-thay-the?version=1").json().path("properties").path("name").asString())
                .isEqualTo("Thay Thế");
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        post(zone("kcn-khong-dieu-kien", "Không Điều Kiện", 105.65, 10.65, 0.004));

        Http.Response put = send("PUT", "/api/zones/kcn-khong-dieu-kien", GEO_JSON, null,
                zone("kcn-khong-dieu-kien", "Khác", 105.65, 10.65, 0.004));
        Http.Response patch = send("PATCH", "/api/zones/kcn-khong-dieu-kien", MERGE_PATCH, null,
                "{\"properties\":{\"name\":\"Khác\"}}");

        assertThat(put.status()).isEqualTo(428);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertThat(patch.status()).isEqualTo(428);
        assertThat(name("kcn-khong-dieu-kien")).isEqualTo("Không Điều Kiện");
    }

    @Test
    void patchMergesIntoTheStoredZone() {
        String etag = post(zone("kcn-va-lai", "Vá Lại", 105.66, 10.66, 0.004)).etag();

        Http.Response patched;
        try (LogLines audit = LogLines.of("vn.kcnatlas.audit")) {
            patched = send("PATCH", "/api/zones/kcn-va-lai", MERGE_PATCH, etag,
                    "{\"properties\":{\"clearanceStatus\":\"in_progress\",\"clearedHa\":12.5,\"developer\":null}}");
            assertThat(audit.lines()).contains("INFO write PATCH zone kcn-va-lai written version=2 by="
                    + Accounts.PLANNER + " address=127.0.0.1");
        }

        assertThat(patched.status()).isEqualTo(200);
        JsonNode properties = patched.json().path("properties");
        assertThat(properties.path("clearanceStatus").asString()).isEqualTo("in_progress");
        assertThat(properties.path("clearedHa").asDouble()).isEqualTo(12.5);
        assertThat(properties.path("name").asString()).isEqualTo("Vá Lại");
        assertThat(properties.path("district").asString()).isEqualTo("H. Cao Lãnh");
        assertThat(send("PATCH", "/api/zones/kcn-va-lai", GEO_JSON, patched.etag(), "{}").status())
                .as("a merge patch has its own media type").isEqualTo(415);
        Http.Response moved = send("PATCH", "/api/zones/kcn-va-lai", MERGE_PATCH, patched.etag(),
                "{\"properties\":{\"district\":\"H. Tháp Mười\"}}");
        assertThat(moved.json().path("properties").path("district").asString())
                .as("a district named in the patch replaces the stored code").isEqualTo("H. Tháp Mười");
    }

    @Test
    void ofTwoWritersFromTheSameVersionTheFirstWinsAndTheSecondGets412() {
        String etag = post(zone("kcn-hai-nguoi", "Hai Người", 105.67, 10.67, 0.004)).etag();

        Http.Response first = send("PATCH", "/api/zones/kcn-hai-nguoi", MERGE_PATCH, etag,
                "{\"properties\":{\"developer\":\"Người thứ nhất\"}}");
        Http.Response second = send("PATCH", "/api/zones/kcn-hai-nguoi", MERGE_PATCH, etag,
                "{\"properties\":{\"developer\":\"Người thứ hai\"}}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.json().path("currentVersion").asInt()).isEqualTo(2);
        assertThat(second.json().path("current").path("properties").path("developer").asString())
                .isEqualTo("Người thứ nhất");
        JsonNode versions = history("kcn-hai-nguoi");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("changedProperties").toString()).isEqualTo("[\"developer\"]");
        assertThat(http().get("/api/zones/kcn-hai-nguoi").json().path("properties").path("developer").asString())
                .isEqualTo("Người thứ nhất");
    }

    @Test
    void anInvalidGeometryIsRefusedWith422SayingWhereAndNothingIsWritten() {
        String etag = post(zone("kcn-no-hinh", "Nơ Hình", 105.68, 10.68, 0.004)).etag();
        String stored = http().get("/api/zones/kcn-no-hinh").etag();
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[105.68,10.68],[105.69,10.69],[105.69,10.68],"
                + "[105.68,10.69],[105.68,10.68]]]}";

        Http.Response refused = send("PATCH", "/api/zones/kcn-no-hinh", MERGE_PATCH, etag,
                "{\"geometry\":" + bowTie + "}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json().path("errors").get(0);
        assertThat(problem.path("code").asString()).isEqualTo("self-intersection");
        assertThat(problem.path("pointer").asString()).startsWith("/geometry");
        assertThat(problem.path("coordinate").size()).isEqualTo(2);
        assertThat(http().get("/api/zones/kcn-no-hinh").etag()).isEqualTo(stored);

        Http.Response unclosed = send("PATCH", "/api/zones/kcn-no-hinh", MERGE_PATCH, etag, "{\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[105.68,10.68],[105.69,10.68],[105.69,10.69]]]}}");
        assertThat(unclosed.status()).isEqualTo(422);
        assertThat(unclosed.json().path("errors").get(0).path("pointer").asString())
                .startsWith("/geometry/coordinates/0");
        Http.Response badFigure = send("PATCH", "/api/zones/kcn-no-hinh", MERGE_PATCH, etag,
                "{\"properties\":{\"leasableHa\":500}}");
        assertThat(badFigure.status()).isEqualTo(422);
        assertThat(badFigure.json().path("errors").get(0).path("pointer").asString())
                .isEqualTo("/properties/leasableHa");
        assertThat(history("kcn-no-hinh").size()).isEqualTo(1);
    }

    @Test
    void withRepairAnInvalidBoundaryIsMendedAndTheAnswerSaysHow() {
        String etag = post(zone("kcn-sua-hinh", "Sửa Hình", 105.61, 10.66, 0.004)).etag();
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[105.61,10.66],[105.614,10.664],[105.614,10.66],"
                + "[105.61,10.664]]]}";

        Http.Response refused = send("PATCH", "/api/zones/kcn-sua-hinh", MERGE_PATCH, etag,
                "{\"geometry\":" + bowTie + "}");
        Http.Response repaired = send("PATCH", "/api/zones/kcn-sua-hinh?repair=true", MERGE_PATCH, etag,
                "{\"geometry\":" + bowTie + "}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(repaired.status()).isEqualTo(200);
        assertThat(repaired.etag()).startsWith("W/\"v2-");
        JsonNode changes = repaired.json().path("repair").path("changes");
        assertThat(changes.get(0).asString()).startsWith("closed ring /coordinates/0");
        assertThat(changes.toString()).contains("self-intersection").contains("1 polygon became 2");
        JsonNode stored = http().get("/api/zones/kcn-sua-hinh").json().path("geometry");
        assertThat(stored.path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(stored.path("coordinates").size()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotAWriteWithTheRightStatus() {
        assertThat(post("{\"type\":\"Feature\",").status()).isEqualTo(400);
        assertThat(send("POST", "/api/zones", "text/plain", null, "x").status()).isEqualTo(415);
        String huge = "{\"type\":\"Feature\",\"properties\":{\"note\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}}";
        assertThat(post(huge).status()).isEqualTo(413);
        assertThat(send("PUT", "/api/zones/kcn-khong-co", GEO_JSON, "W/\"v1-0-0\"",
                zone("kcn-khong-co", "Không Có", 105.6, 10.6, 0.004)).status()).isEqualTo(404);
        assertThat(post("{\"type\":\"Feature\",\"id\":\"kcn-x\",\"geometry\":null,\"properties\":{}}").status())
                .isEqualTo(422);
    }

    @Test
    void aZoneTakenOutOfThePlanNeedsAReasonAndLeavesTheListButNotItsHistory() {
        String etag = post(zone("kcn-bo-quy-hoach", "Bỏ Quy Hoạch", 105.69, 10.69, 0.004)).etag();

        Http.Response withoutReason = send("PATCH", "/api/zones/kcn-bo-quy-hoach", MERGE_PATCH, etag,
                "{\"properties\":{\"lifecycle\":\"removed_from_plan\"}}");
        Http.Response removed = send("PATCH", "/api/zones/kcn-bo-quy-hoach", MERGE_PATCH, etag,
                "{\"properties\":{\"lifecycle\":\"removed_from_plan\"},\"comment\":\"Không có nhà đầu tư\"}");

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.json().path("errors").get(0).path("pointer").asString()).isEqualTo("/comment");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(codes("/api/zones")).doesNotContain("kcn-bo-quy-hoach");
        assertThat(codes("/api/zones?lifecycle=removed_from_plan")).containsExactly("kcn-bo-quy-hoach");
        assertThat(http().get("/api/zones/kcn-bo-quy-hoach").status()).isEqualTo(200);
        assertThat(history("kcn-bo-quy-hoach").get(0).path("comment")
                .asString()).isEqualTo("Không có nhà đầu tư");
    }

    @Test
    void anEditRedrawsTheTilesAndMapsOverTheZoneAndARevertRestoresThem() {
        Http.Response png = http().get(TAN_KIEU_TILE + ".png");
        Http.Response mvt = http().get(TAN_KIEU_TILE + ".mvt");
        Http.Response map = http().get(TAN_KIEU_MAP);
        JsonNode original = http().get("/api/zones/kcn-tan-kieu").json();
        int version = original.path("properties").path("version").asInt();

        Http.Response moved = send("PATCH", "/api/zones/kcn-tan-kieu", MERGE_PATCH,
                http().get("/api/zones/kcn-tan-kieu").etag(), "{\"geometry\":" + square(105.80, 10.50, 0.012) + "}");

        assertThat(moved.status()).isEqualTo(200);
        Http.Response movedPng = http().get(TAN_KIEU_TILE + ".png");
        assertThat(movedPng.body()).isNotEqualTo(png.body());
        assertThat(http().get(TAN_KIEU_TILE + ".mvt").body()).isNotEqualTo(mvt.body());
        assertThat(http().get(TAN_KIEU_MAP).body()).isNotEqualTo(map.body());

        Http.Response reverted = http().send("POST", "/api/zones/kcn-tan-kieu/revert?version=" + version,
                headers("application/json", moved.etag()), null);

        assertThat(reverted.status()).isEqualTo(200);
        assertThat(reverted.etag()).startsWith("W/\"v" + (version + 2) + "-");
        assertThat(reverted.json().path("geometry")).isEqualTo(original.path("geometry"));
        assertThat(http().get(TAN_KIEU_TILE + ".png").body()).isEqualTo(png.body()).isNotEqualTo(movedPng.body());
        assertThat(http().get(TAN_KIEU_TILE + ".mvt").body()).isEqualTo(mvt.body());
        assertThat(http().get(TAN_KIEU_MAP).body()).isEqualTo(map.body());
        JsonNode latest = history("kcn-tan-kieu").get(0);
        assertThat(latest.path("action").asString()).isEqualTo("revert");
        assertThat(latest.path("comment").asString()).isEqualTo("reverted to version " + version);
        assertThat(http().send("POST", "/api/zones/kcn-tan-kieu/revert?version=" + version,
                headers("application/json", moved.etag()), null).status())
                .as("based on a stale version").isEqualTo(412);
    }

    @Test
    void notesAndAnInternalContactAreForStaffOnlyInEveryOutput() {
        Http.Response created = post(zone("kcn-ghi-chu", "Ghi Chú", 105.71, 10.71, 0.004));
        Http.Response patched = send("PATCH", "/api/zones/kcn-ghi-chu", MERGE_PATCH, created.etag(),
                "{\"properties\":{\"notes\":\"Chờ UBND tỉnh duyệt\",\"contact\":\"0277 000 000 (nội bộ)\","
                        + "\"contactInternal\":true}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("properties").path("notes").asString()).isEqualTo("Chờ UBND tỉnh duyệt");

        JsonNode staff = http().get("/api/zones/kcn-ghi-chu", Accounts.official()).json().path("properties");
        assertThat(staff.path("notes").asString()).isEqualTo("Chờ UBND tỉnh duyệt");
        assertThat(staff.path("contact").asString()).isEqualTo("0277 000 000 (nội bộ)");
        assertThat(staff.path("contactInternal").asBoolean()).isTrue();

        String[] publicReads = {"/api/zones/kcn-ghi-chu", "/api/zones?q=ghi%20chu", "/api/zones/kcn-ghi-chu?version=2",
            "/ogc/collections/zones/items/kcn-ghi-chu", "/ogc/collections/zones/items?limit=1000",
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=zones&QUERY_LAYERS=zones&STYLES="
                    + "&CRS=CRS:84&BBOX=105.70,10.70,105.72,10.72&WIDTH=100&HEIGHT=100&I=50&J=50"
                    + "&INFO_FORMAT=application/json"};
        for (String read : publicReads) {
            Http.Response answer = http().get(read);
            assertThat(answer.status()).as(read).isEqualTo(200);
            assertThat(answer.text()).as(read).doesNotContain("Chờ UBND", "nội bộ", "contactInternal", "\"notes\"");
        }
        assertThat(http().get("/api/zones/kcn-ghi-chu?version=2", Accounts.official()).text()).contains("Chờ UBND");
        assertThat(http().get("/api/zones/kcn-ghi-chu/history", Accounts.official()).json().path("versions").get(0)
                .path("changedProperties").toString()).contains("notes", "contactInternal");
    }

    Http.Response post(String feature) {
        return send("POST", "/api/zones", GEO_JSON, null, feature);
    }

    Http.Response send(String method, String path, String contentType, String ifMatch, String body) {
        return http().send(method, path, headers(contentType, ifMatch), bytes(body));
    }

    private String name(String code) {
        return http().get("/api/zones/" + code).json().path("properties").path("name").asString();
    }

    private List<String> codes(String path) {
        List<String> codes = new ArrayList<>();
        http().get(path).json().path("features").forEach(f -> codes.add(f.path("id").asString()));
        return codes;
    }
}
