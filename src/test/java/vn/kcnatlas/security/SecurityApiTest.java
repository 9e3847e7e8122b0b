package vn.kcnatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Browser;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.LogLines;
import vn.kcnatlas.support.MovableClock;
import vn.kcnatlas.support.MovableClockConfiguration;
import vn.kcnatlas.support.TempStore;

/**
 * Accounts, roles, logins and their refusals over HTTP, on a fresh embedded store whose only account is
 * the first admin from the environment (kcn.security.admin, which KCN_ADMIN_USER and KCN_ADMIN_PASSWORD
 * set).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kcn.security.admin.username=" + SecurityApiTest.ADMIN,
        "kcn.security.admin.password=" + SecurityApiTest.ADMIN_PASSWORD,
        "kcn.security.login.failure-delay=5ms",
        "kcn.security.login.max-failures-per-address=8"})
@Import({MovableClockConfiguration.class, SecurityApiTest.UnruledWrite.class})
class SecurityApiTest {

    static final String ADMIN = "root-admin";
    static final String ADMIN_PASSWORD = "first-admin-secret";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    /** A change that some later part of the API might add without adding an access rule for it. */
    @RestController
    static class UnruledWrite {

        @PostMapping("/api/zones/{code}/unruled")
        String write() {
            return "written";
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    private LogLines audit;

    @BeforeEach
    void watchTheAuditLog() {
        audit = LogLines.of(AuditLog.LOGGER);
    }

    @AfterEach
    void stopWatching() {
        audit.close();
    }

    private Http http() {
        return new Http(port);
    }

    // --- who may do what -------------------------------------------------------------------------------

    @Test
    void anonymousReadsStayOpenAndCreateNoSession() {
        Http.Response zones = http().get("/api/zones");

        assertThat(zones.status()).isEqualTo(200);
        assertThat(zones.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(http().get("/actuator/health").status()).isEqualTo(200);
        assertThat(http().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(http().get("/").status()).isEqualTo(200);
    }

    @Test
    void anonymousWritesGet401WithABasicChallengeExceptForTheWebMapsRequests() {
        Http.Response curl = http().send("POST", "/api/zones", Map.of("Content-Type", "application/json"),
                bytes("{}"));
        assertProblem(curl, 401, "Sign in");
        assertThat(curl.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(curl.headers().allValues("Set-Cookie")).isEmpty();

        Http.Response script = http().send("PATCH", "/api/zones/kcn-tan-kieu",
                Map.of("X-Requested-With", "XMLHttpRequest", "Content-Type", "application/merge-patch+json"),
                bytes("{}"));
        assertProblem(script, 401, "Sign in");
        assertThat(script.header("WWW-Authenticate")).isNull();

        for (String[] write : new String[][] {{"PUT", "/api/zones/kcn-tan-kieu"},
                {"POST", "/api/zones/kcn-tan-kieu/revert?version=1"}, {"POST", "/api/zones/kcn-tan-kieu/lots"},
                {"DELETE", "/api/zones/kcn-tan-kieu/lots/a1"}, {"POST", "/api/survey/markers?crs=EPSG:5897"},
                {"POST", "/api/zones/kcn-tan-kieu/reports"}, {"POST", "/api/targets"}, {"POST", "/api/import"},
                {"POST", "/api/users"}, {"DELETE", "/api/users/" + ADMIN}}) {
            assertThat(http().send(write[0], write[1], Map.of(), null).status()).as(write[0] + " " + write[1])
                    .isEqualTo(401);
        }
        assertProblem(http().get("/api/users"), 401, "Sign in");
        assertProblem(http().get("/api/zones/kcn-tan-kieu/history"), 401, "Sign in");
    }

    @Test
    void changesNothingTakesAreStill405Or404Not401() {
        assertThat(http().send("PUT", "/api/zones", Map.of(), null).status()).isEqualTo(405);
        assertThat(http().send("DELETE", "/api/zones/kcn-tan-kieu", Map.of(), null).status()).isEqualTo(405);
        assertThat(http().send("POST", "/api/nothing-here", Map.of(), null).status()).isIn(404, 405);
        assertThat(http().send("POST", "/ogc/collections", Map.of(), null).status()).isEqualTo(405);
    }

    @Test
    void aUserWithoutTheRoleGets403AndWithItGetsThrough() {
        createAccount("plan-403", "planner-password", "PLANNER");
        createAccount("offi-403", "official-password", "OFFICIAL");
        Map<String, String> planner = basic("plan-403", "planner-password");
        Map<String, String> official = basic("offi-403", "official-password");

        assertProblem(http().get("/api/users", planner), 403, "'plan-403' (roles: PLANNER) may not GET /api/users");
        assertProblem(http().send("POST", "/api/zones/kcn-tan-kieu/reports", planner, null), 403, "may not POST");
        assertProblem(http().send("POST", "/api/zones", official, null), 403, "'offi-403' (roles: OFFICIAL)");
        assertProblem(http().send("PATCH", "/api/zones/kcn-tan-kieu", official, null), 403, "may not PATCH");
        assertProblem(http().send("POST", "/api/import", planner, null), 403, "may not POST");
        // Past the access rules, the request meets whatever answers there (nothing yet: 404).
        assertThat(http().get("/api/zones/kcn-tan-kieu/history", planner).status()).isNotIn(401, 403);
        assertThat(http().get("/api/zones/kcn-tan-kieu/history", official).status()).isNotIn(401, 403);
        assertThat(http().send("POST", "/api/zones/kcn-tan-kieu/reports", official, null).status()).isNotIn(401, 403);
        assertThat(http().send("POST", "/api/zones", planner, null).status()).isNotIn(401, 403);
    }

    @Test
    void aChangeNoRuleNamesIsDeniedToEveryone() {
        assertProblem(http().send("POST", "/api/zones/kcn-tan-kieu/unruled", Map.of(), null), 401, "Sign in");
        assertProblem(http().send("POST", "/api/zones/kcn-tan-kieu/unruled", admin(), null), 403,
                "'root-admin' (roles: ADMIN) may not POST /api/zones/kcn-tan-kieu/unruled");
    }

    @Test
    void wrongCredentialsGet401EvenOnAPublicRead() {
        Http.Response response = http().get("/api/zones", basic(ADMIN, "not-the-password"));

        assertProblem(response, 401, "username or password is wrong");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void httpBasicIsStatelessAndNeedsNoCsrfToken() {
        Http.Response list = http().get("/api/users", admin());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(list.header("Cache-Control")).contains("no-store");

        Http.Response created = createAccount("stateless", "stateless-password", "OFFICIAL");
        assertThat(created.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aBrowserOnAnotherSiteCannotUseBasicCredentialsItRemembers() {
        Map<String, String> headers = new HashMap<>(admin());
        headers.put("Sec-Fetch-Site", "cross-site");
        headers.put("Content-Type", "application/json");

        Http.Response response = http().send("POST", "/api/users", headers,
                bytes("{\"username\":\"csrf-victim\",\"password\":\"long-enough-pw\",\"roles\":[\"ADMIN\"]}"));

        assertProblem(response, 403, "CSRF token");
        assertThat(http().get("/api/users/csrf-victim", admin()).status()).isEqualTo(404);
    }

    // --- the first admin and the demo accounts ---------------------------------------------------------

    @Test
    void theFirstAdminComesFromTheEnvironmentAndNoDemoAccountExists() {
        JsonNode admin = http().get("/api/users/" + ADMIN, admin()).json();
        assertThat(admin.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(admin.path("enabled").asBoolean()).isTrue();

        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            assertThat(http().get("/api/session", basic(demo.username(), demo.password())).status())
                    .as(demo.username()).isEqualTo(401);
            assertThat(http().get("/api/users/" + demo.username(), admin()).status()).isEqualTo(404);
        }
    }

    // --- managing accounts -----------------------------------------------------------------------------

    @Test
    void anAdminCreatesReadsChangesAndDeletesAnAccountAndNeverSeesAHash() {
        Http.Response created = createAccount("thu.nguyen", "mật-khẩu-dài-lắm", "PLANNER");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/users/thu.nguyen");
        JsonNode body = created.json();
        assertThat(body.path("username").asString()).isEqualTo("thu.nguyen");
        assertThat(body.path("roles").toString()).isEqualTo("[\"PLANNER\"]");
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("createdAt").asString()).isNotBlank();
        assertNoSecret(created);
        assertThat(http().get("/api/session", basic("thu.nguyen", "mật-khẩu-dài-lắm")).json().path("roles")
                .toString()).isEqualTo("[\"PLANNER\"]");

        Http.Response list = http().get("/api/users", admin());
        assertThat(list.json().findValuesAsString("username")).contains(ADMIN, "thu.nguyen");
        assertNoSecret(list);
        assertNoSecret(http().get("/api/users/thu.nguyen", admin()));

        Http.Response patched = http().send("PATCH", "/api/users/thu.nguyen", json(admin(), "application/merge-patch+json"),
                bytes("{\"password\":\"another-long-one\",\"roles\":[\"OFFICIAL\",\"PLANNER\"]}"));
        assertThat(patched.status()).as(patched.text()).isEqualTo(200);
        assertThat(patched.json().path("roles").toString()).isEqualTo("[\"PLANNER\",\"OFFICIAL\"]");
        assertNoSecret(patched);
        assertThat(http().get("/api/session", basic("thu.nguyen", "mật-khẩu-dài-lắm")).status()).isEqualTo(401);
        assertThat(http().get("/api/session", basic("thu.nguyen", "another-long-one")).status()).isEqualTo(200);

        Http.Response disabled = http().send("PATCH", "/api/users/thu.nguyen", json(admin(), "application/merge-patch+json"),
                bytes("{\"enabled\":false}"));
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().path("roles").size()).isEqualTo(2);
        assertThat(http().get("/api/session", basic("thu.nguyen", "another-long-one")).status()).isEqualTo(401);

        assertThat(http().send("DELETE", "/api/users/thu.nguyen", admin(), null).status()).isEqualTo(204);
        assertProblem(http().get("/api/users/thu.nguyen", admin()), 404, "thu.nguyen");
        assertThat(audit.lines()).anyMatch(line -> line.contains("account created user=thu.nguyen")
                && line.contains("by=" + ADMIN) && line.contains("address="));
        assertThat(audit.lines()).anyMatch(line -> line.contains("account changed user=thu.nguyen")
                && line.contains("password") && line.contains("roles [PLANNER]->[PLANNER, OFFICIAL]"));
        assertThat(audit.lines()).anyMatch(line -> line.contains("account deleted user=thu.nguyen by=" + ADMIN));
        assertThat(String.join("\n", audit.lines())).doesNotContain("mật-khẩu-dài-lắm", "another-long-one",
                "{bcrypt}", "$2a$", "JSESSIONID");
    }

    @Test
    void refusesBadAccountsSayingWhatIsWrongAndWhere() {
        Http.Response bad = http().send("POST", "/api/users", json(admin(), "application/json"),
                bytes("{\"username\":\"Bad Name\",\"password\":\"short\",\"roles\":[\"PLANNER\",\"BOSS\"],\"role\":1}"));

        assertProblem(bad, 422, "/password: A password has at least 10 characters");
        List<String> pointers = bad.json().path("errors").findValuesAsString("pointer");
        assertThat(pointers).containsExactlyInAnyOrder("/username", "/password", "/roles/1", "/role");
        assertThat(bad.text()).contains("Unknown role \\\"BOSS\\\"").contains("PLANNER, OFFICIAL, ADMIN");

        assertProblem(http().send("POST", "/api/users", json(admin(), "application/json"),
                bytes("{\"username\":\"no-roles\",\"password\":\"long-enough-pw\"}")), 422, "/roles");
        Http.Response noRole = http().send("POST", "/api/users", json(admin(), "application/json"),
                bytes("{\"username\":\"empty-roles\",\"password\":\"long-enough-pw\",\"roles\":[]}"));
        assertProblem(noRole, 422, "/roles: 'roles' is a list of at least one of");
        assertThat(noRole.json().path("errors").size()).isEqualTo(1);
        assertProblem(http().send("POST", "/api/users", json(admin(), "application/json"),
                bytes("{\"username\":\"" + ADMIN + "\",\"password\":\"long-enough-pw\",\"roles\":[\"ADMIN\"]}")), 409,
                "already an account");
        assertThat(http().send("POST", "/api/users", json(admin(), "application/json"), bytes("{\"username\":"))
                .status()).isEqualTo(400);
        assertProblem(http().send("PATCH", "/api/users/" + ADMIN, json(admin(), "application/merge-patch+json"),
                bytes("{\"password\":null,\"username\":\"renamed\",\"enabled\":\"yes\"}")), 422,
                "/username: A username cannot be changed");
        assertProblem(http().send("PATCH", "/api/users/nobody-here", json(admin(), "application/merge-patch+json"),
                bytes("{\"enabled\":true}")), 404, "nobody-here");
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedDisabledOrDeleted() {
        for (JsonNode account : http().get("/api/users", admin()).json()) {
            String name = account.path("username").asString();
            if (!name.equals(ADMIN) && account.path("roles").toString().contains("ADMIN")) {
                assertThat(http().send("DELETE", "/api/users/" + name, admin(), null).status()).isEqualTo(204);
            }
        }
        Map<String, String> patch = json(admin(), "application/merge-patch+json");

        assertProblem(http().send("PATCH", "/api/users/" + ADMIN, patch, bytes("{\"roles\":[\"PLANNER\"]}")), 409,
                "last enabled admin");
        assertProblem(http().send("PATCH", "/api/users/" + ADMIN, patch, bytes("{\"enabled\":false}")), 409,
                "last enabled admin");
        assertProblem(http().send("DELETE", "/api/users/" + ADMIN, admin(), null), 409, "last enabled admin");
        assertThat(http().get("/api/users/" + ADMIN, admin()).json().path("roles").toString()).isEqualTo("[\"ADMIN\"]");

        createAccount("second-admin", "second-admin-pw", "ADMIN");
        assertThat(http().send("PATCH", "/api/users/second-admin", patch, bytes("{\"roles\":[\"OFFICIAL\"]}")).status())
                .isEqualTo(200);
    }

    // --- the browser's login ---------------------------------------------------------------------------

    @Test
    void theBrowserLogsInWithTheCsrfTokenWritesWithItAndLogsOut() {
        Browser browser = new Browser(http());
        Http.Response anonymous = browser.get("/api/session");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("authenticated").asBoolean()).isFalse();
        assertThat(anonymous.header("Cache-Control")).contains("no-store");
        String token = anonymous.json().path("csrf").path("token").asString();
        assertThat(token).isNotBlank().isEqualTo(browser.cookie("XSRF-TOKEN"));
        assertThat(anonymous.json().path("csrf").path("headerName").asString()).isEqualTo("X-XSRF-TOKEN");
        assertThat(browser.cookie("JSESSIONID")).isNull();

        String credentials = "{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}";
        assertProblem(browser.send("POST", "/api/session", Map.of(), credentials), 403, "CSRF token");
        assertProblem(browser.send("POST", "/api/session", Map.of("X-XSRF-TOKEN", "forged"), credentials), 403,
                "CSRF token");

        Http.Response login = browser.send("POST", "/api/session", Map.of("X-XSRF-TOKEN", token), credentials);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.json().path("username").asString()).isEqualTo(ADMIN);
        assertThat(login.json().path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        String sessionCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String newToken = login.json().path("csrf").path("token").asString();
        assertThat(newToken).isNotEqualTo(token).isEqualTo(browser.cookie("XSRF-TOKEN"));

        assertThat(browser.get("/api/session").json().path("username").asString()).isEqualTo(ADMIN);
        String account = "{\"username\":\"from-browser\",\"password\":\"browser-password\",\"roles\":[\"OFFICIAL\"]}";
        Http.Response noToken = browser.send("POST", "/api/users", Map.of(), account);
        assertProblem(noToken, 403, "CSRF token");
        assertThat(noToken.header("WWW-Authenticate")).isNull();
        assertThat(browser.send("POST", "/api/users", Map.of("X-XSRF-TOKEN", newToken), account).status())
                .isEqualTo(201);

        assertThat(browser.send("DELETE", "/api/session", Map.of(), null).status()).isEqualTo(403);
        assertThat(browser.send("DELETE", "/api/session", Map.of("X-XSRF-TOKEN", newToken), null).status())
                .isEqualTo(204);
        assertThat(browser.get("/api/session").json().path("authenticated").asBoolean()).isFalse();
        assertThat(audit.lines()).anyMatch(line -> line.startsWith("INFO logout user=" + ADMIN + " address="));
    }

    @Test
    void aBrowsersLoginFollowsItsAccountsRolesAndEndsWhenTheAccountIsDisabled() {
        createAccount("session-user", "session-password", "OFFICIAL");
        Browser browser = new Browser(http());
        String token = browser.get("/api/session").json().path("csrf").path("token").asString();
        assertThat(browser.send("POST", "/api/session", Map.of("X-XSRF-TOKEN", token),
                "{\"username\":\"session-user\",\"password\":\"session-password\"}").status()).isEqualTo(200);
        Map<String, String> withToken = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        Map<String, String> patch = json(admin(), "application/merge-patch+json");

        http().send("PATCH", "/api/users/session-user", patch, bytes("{\"roles\":[\"PLANNER\"]}"));
        assertThat(browser.get("/api/session").json().path("roles").toString()).isEqualTo("[\"PLANNER\"]");
        assertProblem(browser.send("POST", "/api/zones/kcn-tan-kieu/reports", withToken, "{}"), 403,
                "(roles: PLANNER)");

        http().send("PATCH", "/api/users/session-user", patch, bytes("{\"enabled\":false}"));
        assertThat(browser.get("/api/session").json().path("authenticated").asBoolean()).isFalse();
        assertProblem(browser.send("POST", "/api/zones", withToken, "{}"), 401, "Sign in");
        assertThat(audit.lines()).anyMatch(line -> line.startsWith("INFO session ended user=session-user"));
    }

    @Test
    void theBrowserCanLogInWithAFormToo() {
        Browser browser = new Browser(http());
        String token = browser.get("/api/session").json().path("csrf").path("token").asString();

        Http.Response login = browser.send("POST", "/api/session",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=" + ADMIN + "&password="
                        + ADMIN_PASSWORD + "&_csrf=" + token);

        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.json().path("username").asString()).isEqualTo(ADMIN);
    }

    @Test
    void aWrongPasswordAtTheBrowsersLoginIs401WithoutAChallenge() {
        Browser browser = new Browser(http());
        String token = browser.get("/api/session").json().path("csrf").path("token").asString();

        Http.Response login = browser.send("POST", "/api/session", Map.of("X-XSRF-TOKEN", token,
                "X-Forwarded-For", "198.51.100.7"), "{\"username\":\"" + ADMIN + "\",\"password\":\"wrong-password\"}");

        assertProblem(login, 401, "username or password is wrong");
        assertThat(login.header("WWW-Authenticate")).isNull();
        assertThat(browser.cookie("JSESSIONID")).isNull();
        assertThat(audit.lines()).anyMatch(line -> line.equals(
                "WARN login failed user=" + ADMIN + " address=198.51.100.7 reason=bad credentials"));
    }

    // --- throttling ------------------------------------------------------------------------------------

    @Test
    void aUsernameIsRefusedAfterFiveFailuresUntilTheLockoutEnds() {
        createAccount("guessed", "the-real-password", "PLANNER");
        for (int i = 1; i <= 5; i++) {
            assertThat(login("guessed", "guess-" + i, "192.0.2." + i).status()).as("failure " + i).isEqualTo(401);
        }

        Http.Response refused = login("guessed", "the-real-password", "192.0.2.99");
        assertProblem(refused, 429, "Too many failed logins");
        assertThat(refused.header("Retry-After")).isEqualTo("300");
        assertThat(refused.json().path("retryAfter").asInt()).isEqualTo(300);

        clock.advance(Duration.ofMinutes(4));
        assertThat(Integer.parseInt(login("guessed", "the-real-password", "192.0.2.99").header("Retry-After")))
                .isBetween(59, 60);
        clock.advance(Duration.ofSeconds(61));
        assertThat(login("guessed", "the-real-password", "192.0.2.99").status()).isEqualTo(200);
        assertThat(audit.lines()).anyMatch(line -> line.startsWith("WARN login refused user=guessed"));
    }

    @Test
    void aSuccessfulLoginClearsItsUsernamesFailures() {
        createAccount("forgetful", "the-real-password", "PLANNER");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(login("forgetful", "typo-" + i, "192.0.2.150").status()).isEqualTo(401);
            }
            assertThat(login("forgetful", "the-real-password", "192.0.2.151").status()).isEqualTo(200);
        }
    }

    @Test
    void anAddressIsRefusedAfterTooManyFailuresWhateverTheUsername() {
        createAccount("bystander", "bystander-password", "PLANNER");
        for (int i = 0; i < 8; i++) {
            assertThat(login("sprayed-" + i, "password-" + i, "203.0.113.50").status()).isEqualTo(401);
        }

        assertThat(login("bystander", "bystander-password", "203.0.113.50").status()).isEqualTo(429);
        assertThat(login("bystander", "bystander-password", "203.0.113.51").status()).isEqualTo(200);
    }

    // --- headers -----------------------------------------------------------------------------------------

    @Test
    void securityHeadersAreWrittenOnceTilesIncludedThoughTheySkipTheSecurityChain() {
        Http.Response page = http().get("/");
        assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(page.header("X-Frame-Options")).isNull();
        assertThat(http().get("/api/zones").headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

        Http.Response tile = http().get("/tiles/zones/12/3251/1927.mvt");
        assertThat(tile.status()).isIn(200, 204);
        // The tile filter answers ahead of Spring Security's chain; web/SecurityHeaders runs ahead of both.
        assertThat(tile.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }

    // -----------------------------------------------------------------------------------------------------

    private Http.Response login(String username, String password, String address) {
        Map<String, String> headers = new HashMap<>(basic(username, password));
        headers.put("X-Forwarded-For", address);
        return http().get("/api/session", headers);
    }

    private Http.Response createAccount(String username, String password, String... roles) {
        List<String> quoted = new ArrayList<>();
        for (String role : roles) {
            quoted.add("\"" + role + "\"");
        }
        Http.Response response = http().send("POST", "/api/users", json(admin(), "application/json"),
                bytes("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":" + quoted + "}"));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response;
    }

    private static Map<String, String> admin() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    private static Map<String, String> basic(String username, String password) {
        return Http.basic(username, password);
    }

    private static Map<String, String> json(Map<String, String> headers, String contentType) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", contentType);
        return all;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoSecret(Http.Response response) {
        assertThat(response.text()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}", "$2a$");
    }

    static void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
    }
}
