package vn.kcnatlas.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.enquiry.ZoneManagerAccounts.SA_DEC_MANAGER;
import static vn.kcnatlas.enquiry.ZoneManagerAccounts.TAN_KIEU_MANAGER;
import static vn.kcnatlas.enquiry.ZoneManagerAccounts.signIn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;

/**
 * Investors' enquiries over HTTP: sent without an account, checked, limited per address, read only by the
 * zone's managers and admins; the same on every store. Each test sends from addresses of its own
 * (X-Forwarded-For, as a reverse proxy gives it), so that the limits of one do not touch another.
 */
abstract class EnquiryApiContract extends WriteApiTest {

    private static final String TAN_KIEU = "/api/zones/kcn-tan-kieu/enquiries";

    @BeforeEach
    void managers() {
        ZoneManagerAccounts.ensure(http());
    }

    @Test
    void anInvestorsEnquiryReachesItsZonesManagerAndAdminsOnly() {
        String marker = marker();
        Http.Response sent = send(TAN_KIEU, "198.51.100.1", enquiry(marker, ""));

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("received").asBoolean()).isTrue();
        JsonNode mine = find(http().get("/api/enquiries", signIn(TAN_KIEU_MANAGER)).json(), marker);
        assertThat(mine).as("the zone's manager reads it").isNotNull();
        assertThat(mine.path("zone").asString()).isEqualTo("kcn-tan-kieu");
        assertThat(mine.path("name").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(mine.path("landNeededHa").asDouble()).isEqualTo(12.5);
        assertThat(mine.path("consentVersion").asString()).isEqualTo(EnquiryInput.CONSENT_VERSION);
        assertThat(mine.has("clientHash")).as("the address stays in the store").isFalse();
        assertThat(find(http().get("/api/enquiries", Accounts.admin()).json(), marker)).isNotNull();
        assertThat(find(http().get("/api/enquiries", signIn(SA_DEC_MANAGER)).json(), marker))
                .as("another zone's manager does not see it").isNull();

        String one = "/api/enquiries/" + mine.path("id").asLong();
        assertThat(http().get(one).status()).isEqualTo(401);
        assertThat(http().get("/api/enquiries").status()).isEqualTo(401);
        assertThat(http().get("/api/enquiries.csv").status()).isEqualTo(401);
        assertThat(http().get(one, signIn(SA_DEC_MANAGER)).status()).isEqualTo(403);
        assertThat(http().get(one, Accounts.planner()).status()).isEqualTo(403);
        assertThat(http().get(one, signIn(TAN_KIEU_MANAGER)).json().path("message").asString()).contains(marker);
        assertThat(http().get("/api/enquiries/999999", Accounts.admin()).status()).isEqualTo(404);
        assertThat(http().get("/api/enquiries?handled=maybe", Accounts.admin()).status()).isEqualTo(400);
        assertThat(http().get("/api/enquiries?zone=kcn-sa-dec", Accounts.admin()).status()).isEqualTo(400);
    }

    @Test
    void aManagerMarksItHandledWithANote() {
        String marker = marker();
        send(TAN_KIEU, "198.51.100.2", enquiry(marker, ""));
        long id = find(http().get("/api/enquiries?handled=false", Accounts.admin()).json(), marker).path("id").asLong();

        Http.Response handled = patch(id, signIn(TAN_KIEU_MANAGER), "{\"handled\": true, \"note\": \"Đã gọi lại\"}");

        assertThat(handled.status()).isEqualTo(200);
        assertThat(handled.json().path("handledBy").asString()).isEqualTo(TAN_KIEU_MANAGER);
        assertThat(handled.json().path("handledAt").asString()).isNotEmpty();
        assertThat(handled.json().path("note").asString()).isEqualTo("Đã gọi lại");
        assertThat(find(http().get("/api/enquiries?handled=true", Accounts.admin()).json(), marker)).isNotNull();
        assertThat(find(http().get("/api/enquiries?handled=false", Accounts.admin()).json(), marker)).isNull();
        assertThat(patch(id, signIn(SA_DEC_MANAGER), "{\"handled\": true}").status()).isEqualTo(403);
        Http.Response invalid = patch(id, Accounts.admin(), "{\"handled\": \"yes\", \"zone\": \"kcn-sa-dec\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("zone", "handled");

        Http.Response reopened = patch(id, Accounts.admin(), "{\"handled\": false}");
        assertThat(reopened.json().path("handledBy").isNull()).isTrue();
        assertThat(reopened.json().path("note").isNull()).isTrue();
    }

    @Test
    void theCsvExportHasAByteOrderMarkAndDefusesFormulas() {
        String marker = marker();
        send(TAN_KIEU, "198.51.100.3", "{\"name\": \"=HYPERLINK(\\\"x\\\")\", \"phone\": \"0277 3851 234\","
                + " \"message\": \"" + marker + "\", \"consent\": true}");

        Http.Response csv = http().get("/api/enquiries.csv", signIn(TAN_KIEU_MANAGER));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Cache-Control")).contains("no-store");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Khu / zone").contains(marker).contains("'=HYPERLINK");
        assertThat(new String(http().get("/api/enquiries.csv", signIn(SA_DEC_MANAGER)).body(),
                StandardCharsets.UTF_8)).doesNotContain(marker);
    }

    @Test
    void badEnquiriesAreRefusedNamingEveryField() {
        Http.Response refused = send(TAN_KIEU, "198.51.100.4", "{\"name\": \"\", \"email\": \"not-an-email\","
                + " \"landNeededHa\": -2, \"message\": \"" + "x".repeat(4001) + "\", \"consent\": false,"
                + " \"url\": \"http://x\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).contains("name", "email", "landNeededHa", "message", "consent", "url");
        assertThat(send(TAN_KIEU, "198.51.100.4", "{\"name\": \"An\", \"message\": \"Hỏi\", \"consent\": true}")
                .json().path("errors").get(0).path("message").asString()).contains("email or a phone");
        assertThat(send(TAN_KIEU, "198.51.100.4", "[]").status()).isEqualTo(422);
        assertThat(send(TAN_KIEU, "198.51.100.4", "{").status()).isEqualTo(400);
        assertThat(send("/api/zones/kcn-khong-co/enquiries", "198.51.100.4", enquiry(marker(), "")).status())
                .isEqualTo(404);
    }

    @Test
    void aBodyOver16KbIsRefusedWith413() {
        String big = enquiry("x".repeat(17 * 1024), "");

        assertThat(send(TAN_KIEU, "198.51.100.5", big).status()).isEqualTo(413);
    }

    @Test
    void aRobotFillingTheHiddenFieldIsAnsweredAsAPersonButNothingIsStored() {
        String marker = marker();

        Http.Response answer = send(TAN_KIEU, "198.51.100.6", enquiry(marker, "http://spam.example"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(find(http().get("/api/enquiries", Accounts.admin()).json(), marker)).isNull();
    }

    @Test
    void enquiriesAreInNoPublicAnswer() {
        String marker = marker();
        send(TAN_KIEU, "198.51.100.7", enquiry(marker, ""));

        for (String path : List.of("/api/zones/kcn-tan-kieu", "/api/zones", "/api/export?format=csv",
                "/api/export?format=geojson", "/ogc/collections/zones/items/kcn-tan-kieu")) {
            Http.Response answer = http().get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.text()).as(path).doesNotContain(marker);
        }
        assertThat(http().get("/api/export?format=csv", Accounts.admin()).text()).as("nor in a signed-in export")
                .doesNotContain(marker);
    }

    @Test
    void ofThirtyEnquiriesFromOneAddressInAMinuteTheExcessGets429AndEveryAcceptedOneIsStored() throws Exception {
        String marker = marker();
        List<Http.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String body = enquiry(marker + " #" + i, "");
                futures.add(pool.submit(() -> send(TAN_KIEU, "198.51.100.30", body)));
            }
            for (Future<Http.Response> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Http.Response> accepted = answers.stream().filter(a -> a.status() == 202).toList();
        List<Http.Response> refused = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(accepted).hasSize(5);
        assertThat(refused).hasSize(25);
        assertThat(refused).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        long stored = StreamSupport.stream(http().get("/api/enquiries", Accounts.admin()).json().spliterator(), false)
                .filter(e -> e.path("message").asString().startsWith(marker)).count();
        assertThat(stored).as("every accepted enquiry is stored").isEqualTo(accepted.size());
        assertThat(send(TAN_KIEU, "198.51.100.31", enquiry(marker(), "")).status())
                .as("another address is not limited").isEqualTo(202);
    }

    @Test
    void anAdminTiesAManagerToZonesThatExist() {
        assertThat(ZoneManagerAccounts.send(http(), "PUT", "/api/users/" + SA_DEC_MANAGER + "/zones",
                "{\"zones\": [\"kcn-khong-co\", 7]}").status()).isEqualTo(422);
        assertThat(ZoneManagerAccounts.send(http(), "PUT", "/api/users/" + Accounts.PLANNER + "/zones",
                "{\"zones\": [\"kcn-sa-dec\"]}").status()).as("not a zone manager").isEqualTo(422);
        assertThat(ZoneManagerAccounts.send(http(), "PUT", "/api/users/nobody.here/zones",
                "{\"zones\": []}").status()).isEqualTo(404);
        Http.Response zones = http().get("/api/users/" + SA_DEC_MANAGER + "/zones", Accounts.admin());
        assertThat(zones.json().path("zones").toString()).isEqualTo("[\"kcn-sa-dec-a1\"]");
        assertThat(http().get("/api/users/" + SA_DEC_MANAGER + "/zones", signIn(SA_DEC_MANAGER)).status())
                .isEqualTo(403);
    }

    private static String marker() {
        return "enquiry-" + UUID.randomUUID();
    }

    /** An enquiry whose message starts with {@code message}; {@code website} is the honeypot. */
    static String enquiry(String message, String website) {
        return "{\"name\": \"Nguyễn Văn An\", \"company\": \"Công ty TNHH An Phát\", \"email\": \"an@example.vn\","
                + " \"landNeededHa\": 12.5, \"industry\": \"Chế biến thủy sản\", \"message\": \"" + message + "\","
                + " \"consent\": true, \"website\": \"" + website + "\"}";
    }

    private Http.Response send(String path, String address, String body) {
        return http().send("POST", path, Map.of("Content-Type", "application/json", "X-Forwarded-For", address),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Http.Response patch(long id, Map<String, String> credentials, String body) {
        Map<String, String> headers = new HashMap<>(credentials);
        headers.put("Content-Type", "application/merge-patch+json");
        return http().send("PATCH", "/api/enquiries/" + id, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode enquiries, String marker) {
        return StreamSupport.stream(enquiries.spliterator(), false)
                .filter(e -> e.path("message").asString().contains(marker)).findFirst().orElse(null);
    }

    private static List<String> fields(Http.Response refused) {
        return StreamSupport.stream(refused.json().path("errors").spliterator(), false)
                .map(e -> e.path("field").asString()).toList();
    }
}
