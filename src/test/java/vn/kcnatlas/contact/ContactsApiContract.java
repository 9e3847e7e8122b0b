package vn.kcnatlas.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;

/**
 * Whom an investor calls and what a rent covers, over HTTP on a store seeded with the project's geodata: every
 * seed zone names a public contact that a source with an address names; a contact marked internal stays with
 * staff; a rent's basis and lease end are checked on write.
 */
abstract class ContactsApiContract extends WriteApiTest {

    @Test
    void everySeedZoneShowsAPublicContactNamedByASourceWithALink() {
        Map<String, JsonNode> contacts = byId(http().get("/api/contacts").json());
        Map<String, JsonNode> sources = byId(http().get("/api/sources").json());
        Set<String> seedCodes = new HashSet<>();
        JsonMapper.builder().build().readTree(Path.of("geodata", "zones.geojson").toFile()).path("features")
                .forEach(feature -> seedCodes.add(feature.path("id").asString()));
        List<JsonNode> zones = new ArrayList<>();
        http().get("/api/zones").json().path("features").forEach(zone -> {
            if (seedCodes.contains(zone.path("id").asString())) {
                zones.add(zone);
            }
        });

        assertThat(zones).hasSize(21);
        for (JsonNode zone : zones) {
            String contactId = zone.path("properties").path("contactId").asString(null);
            assertThat(contacts).as(zone.path("id").asString()).containsKey(contactId);
            JsonNode source = sources.get(contacts.get(contactId).path("sourceId").asString());
            assertThat(source).as(contactId + "'s source").isNotNull();
            assertThat(source.path("url").asString()).as(contactId + "'s source").startsWith("http");
        }
        assertThat(contacts.get("bqlkkt-dong-thap").path("nameVi").asString())
                .isEqualTo("Ban Quản lý Khu kinh tế tỉnh Đồng Tháp");
        assertThat(contacts.get("bqlkkt-dong-thap").path("phone").isNull()).as("no source gives a phone").isTrue();
    }

    @Test
    void saDecA1sRentIsForTheLandLeaseTermTo2052AsItsSourceSays() {
        JsonNode p = http().get("/api/zones/kcn-sa-dec-a1").json().path("properties");

        assertThat(p.path("rentMinUsdM2").asDouble()).isEqualTo(35.0);
        assertThat(p.path("rentMaxUsdM2").asDouble()).isEqualTo(50.0);
        assertThat(p.path("rentBasis").asString()).isEqualTo("lease_term");
        assertThat(p.path("rentUntilYear").asInt()).isEqualTo(2052);
        assertThat(http().get("/ogc/collections/zones/items/kcn-sa-dec-a1").json().path("properties")
                .path("rentBasis").asString()).isEqualTo("lease_term");
    }

    @Test
    void anInternalContactStaysWithStaff() {
        Http.Response created = post(zone("kcn-lien-he-noi-bo", "Liên Hệ Nội Bộ", 105.72, 10.72, 0.004));
        Http.Response patched = send("PATCH", "/api/zones/kcn-lien-he-noi-bo", created.etag(),
                "{\"properties\":{\"contactId\":\"bqlkkt-dong-thap\",\"contact\":\"0277 999 999 (nội bộ)\","
                        + "\"contactInternal\":true}}");
        assertThat(patched.status()).isEqualTo(200);

        JsonNode staff = http().get("/api/zones/kcn-lien-he-noi-bo", Accounts.official()).json().path("properties");
        assertThat(staff.path("contactId").asString()).isEqualTo("bqlkkt-dong-thap");
        for (String read : new String[] {"/api/zones/kcn-lien-he-noi-bo",
            "/ogc/collections/zones/items/kcn-lien-he-noi-bo"}) {
            JsonNode anyone = http().get(read).json().path("properties");
            assertThat(anyone.path("contactId").isNull()).as(read).isTrue();
            assertThat(anyone.path("contact").isNull()).as(read).isTrue();
        }
    }

    @Test
    void aRentsBasisAndLeaseEndAreCheckedOnWrite() {
        String etag = post(zone("kcn-gia-thue", "Giá Thuê", 105.74, 10.74, 0.004)).etag();

        Http.Response unknownBasis = send("PATCH", "/api/zones/kcn-gia-thue", etag,
                "{\"properties\":{\"rentMinUsdM2\":40,\"rentBasis\":\"per_decade\"}}");
        Http.Response endWithoutLease = send("PATCH", "/api/zones/kcn-gia-thue", etag,
                "{\"properties\":{\"rentMinUsdM2\":40,\"rentBasis\":\"per_year\",\"rentUntilYear\":2052}}");
        Http.Response basisWithoutPrice = send("PATCH", "/api/zones/kcn-gia-thue", etag,
                "{\"properties\":{\"rentBasis\":\"per_month\"}}");
        Http.Response unknownContact = send("PATCH", "/api/zones/kcn-gia-thue", etag,
                "{\"properties\":{\"contactId\":\"khong-co\"}}");

        for (Http.Response refused : new Http.Response[] {unknownBasis, endWithoutLease, basisWithoutPrice,
            unknownContact}) {
            assertThat(refused.status()).isBetween(400, 499);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(unknownBasis.text()).contains("rentBasis");
        assertThat(endWithoutLease.text()).contains("rentUntilYear");
        assertThat(basisWithoutPrice.text()).contains("rentBasis");

        Http.Response stated = send("PATCH", "/api/zones/kcn-gia-thue", etag,
                "{\"properties\":{\"rentMinUsdM2\":2.5,\"rentBasis\":\"per_month\"}}");
        assertThat(stated.status()).isEqualTo(200);
        assertThat(stated.json().path("properties").path("rentBasis").asString()).isEqualTo("per_month");
    }

    private Http.Response post(String feature) {
        return http().send("POST", "/api/zones", headers(GEO_JSON, null), bytes(feature));
    }

    private Http.Response send(String method, String path, String etag, String body) {
        return http().send(method, path, headers(MERGE_PATCH, etag), bytes(body));
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(item -> byId.put(item.path("id").asString(), item));
        return byId;
    }
}
