package vn.kcnatlas.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/** The lot write API over HTTP, on lots of the seeded zone Tân Kiều. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
class LotWriteApiTest {

    private static final String LOTS = "/api/zones/kcn-tan-kieu/lots";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @BeforeEach
    void accounts() {
        Accounts.ensurePlannerAndOfficial(http());
    }

    @Test
    void lotWritesNeedThePlannersRole() {
        String lot = lot("Q1", 105.8160, 10.5160, "available", "");
        assertThat(http().send("POST", LOTS, Map.of("Content-Type", GEO_JSON), bytes(lot)).status()).isEqualTo(401);
        Map<String, String> official = new HashMap<>(Accounts.official());
        official.put("Content-Type", GEO_JSON);
        assertThat(http().send("POST", LOTS, official, bytes(lot)).status()).isEqualTo(403);
        assertThat(http().get(LOTS + "/Q1").status()).isEqualTo(404);
    }

    @Test
    void aLotIsCreatedChangedLeasedAndDeletedEachAtItsNextVersion() {
        int lotsBefore = zone().path("lotCount").asInt();
        Http.Response created = send("POST", LOTS, GEO_JSON, null, lot("L1", 105.8120, 10.5130, "available", ""));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(LOTS + "/L1");
        assertThat(created.etag()).startsWith("W/\"v1-");
        assertThat(zone().path("lotCount").asInt()).isEqualTo(lotsBefore + 1);

        assertThat(send("PUT", LOTS + "/L1", GEO_JSON, null, lot("L1", 105.8120, 10.5130, "reserved", "")).status())
                .isEqualTo(428);
        Http.Response replaced = send("PUT", LOTS + "/L1", GEO_JSON, created.etag(),
                lot("L1", 105.8120, 10.5130, "reserved", ",\"tenant\":\"Công ty Mê Kông\""));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.etag()).startsWith("W/\"v2-");

        Http.Response leased = send("PUT", LOTS + "/L1/status", "application/json", replaced.etag(),
                "{\"status\":\"leased\"}");
        assertThat(leased.status()).isEqualTo(200);
        assertThat(leased.etag()).startsWith("W/\"v3-");
        assertThat(leased.json().path("properties").path("tenant").asString()).isEqualTo("Công ty Mê Kông");
        assertThat(zone().path("lotsLeasedHa").asDouble()).isGreaterThan(0);
        assertThat(send("PUT", LOTS + "/L1/status", "application/json", replaced.etag(), "{\"status\":\"available\"}")
                .status()).as("based on version 2").isEqualTo(412);

        Http.Response patched = send("PATCH", LOTS + "/L1", MERGE_PATCH, leased.etag(),
                "{\"properties\":{\"priceUsdM2\":55}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("properties").path("status").asString()).isEqualTo("leased");
        assertThat(patched.json().path("properties").path("priceUsdM2").asDouble()).isEqualTo(55);

        assertThat(http().send("DELETE", LOTS + "/L1", headers("application/json", leased.etag()), null).status())
                .isEqualTo(412);
        assertThat(http().send("DELETE", LOTS + "/L1", headers("application/json", patched.etag()), null).status())
                .isEqualTo(204);
        assertThat(http().get(LOTS + "/L1").status()).isEqualTo(404);
        assertThat(zone().path("lotCount").asInt()).isEqualTo(lotsBefore);
    }

    @Test
    void aLotOutsideItsZoneOrOverAnotherIsRefusedWith422() {
        assertThat(send("POST", LOTS, GEO_JSON, null, lot("M1", 105.8120, 10.5200, "available", "")).status())
                .isEqualTo(201);

        Http.Response overlapping = send("POST", LOTS, GEO_JSON, null, lot("M2", 105.8125, 10.5205, "available", ""));
        Http.Response outside = send("POST", LOTS, GEO_JSON, null, lot("M3", 105.9000, 10.6000, "available", ""));
        Http.Response elsewhere = send("POST", LOTS, GEO_JSON, null,
                "{\"type\":\"Feature\",\"geometry\":" + square(105.8120, 10.5130, 0.001)
                        + ",\"properties\":{\"zone\":\"kcn-xeo-ro\",\"code\":\"M4\",\"status\":\"available\"}}");

        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.json().path("errors").get(0).path("code").asString()).isEqualTo("lot-overlaps-lot");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().path("errors").get(0).path("code").asString()).isEqualTo("lot-outside-zone");
        assertThat(outside.json().path("errors").get(0).path("coordinate").size()).isEqualTo(2);
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(http().get(LOTS + "/M2").status()).isEqualTo(404);
        assertThat(http().get(LOTS + "/M3").status()).isEqualTo(404);
    }

    @Test
    void withRepairALotLeftOpenIsClosedAndTheAnswerSaysSo() {
        String open = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.8160,10.5130],"
                + "[105.8170,10.5130],[105.8170,10.5140],[105.8160,10.5140]]]},\"properties\":{\"code\":\"R1\","
                + "\"status\":\"available\"}}";

        assertThat(send("POST", LOTS, GEO_JSON, null, open).status()).isEqualTo(422);
        Http.Response repaired = send("POST", LOTS + "?repair=true", GEO_JSON, null, open);

        assertThat(repaired.status()).as(repaired.text()).isEqualTo(201);
        assertThat(repaired.header("Location")).endsWith(LOTS + "/R1");
        assertThat(repaired.json().path("repair").path("changes").get(0).asString())
                .isEqualTo("closed ring /coordinates/0 by repeating its first position");
        assertThat(repaired.json().path("geodesicAreaHa").asDouble()).isGreaterThan(1.0);
    }

    @Test
    void anIllustrativeLotStaysIllustrativeAndFeedsNoFigure() {
        JsonNode before = zone();
        Http.Response created = send("POST", LOTS, GEO_JSON, null,
                lot("D1", 105.8140, 10.5100, "leased", ",\"illustrative\":true"));
        assertThat(created.status()).isEqualTo(201);

        Http.Response patched = send("PATCH", LOTS + "/D1", MERGE_PATCH, created.etag(),
                "{\"properties\":{\"status\":\"reserved\"}}");

        assertThat(patched.json().path("properties").path("illustrative").asBoolean()).isTrue();
        JsonNode zone = zone();
        assertThat(zone.path("illustrativeLotCount").asInt())
                .isEqualTo(before.path("illustrativeLotCount").asInt() + 1);
        assertThat(zone.path("lotsHa")).isEqualTo(before.path("lotsHa"));
        assertThat(zone.path("lotsLeasedHa")).isEqualTo(before.path("lotsLeasedHa"));
    }

    private JsonNode zone() {
        return http().get("/api/zones/kcn-tan-kieu").json().path("properties");
    }

    /** A lot of about 110 m square from its south-west corner, with extra properties (",\"tenant\":…"). */
    private static String lot(String code, double lon, double lat, String status, String more) {
        return "{\"type\":\"Feature\",\"geometry\":" + square(lon, lat, 0.001) + ",\"properties\":{\"code\":\"" + code
                + "\",\"status\":\"" + status + "\"" + more + "}}";
    }

    private Http.Response send(String method, String path, String contentType, String ifMatch, String body) {
        return http().send(method, path, headers(contentType, ifMatch), bytes(body));
    }
}
