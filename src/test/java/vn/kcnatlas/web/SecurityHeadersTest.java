package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * Every kind of answer the server gives, pages, files, API reads and writes, map services, tiles, sign-in
 * and every kind of refusal, carries the security headers and names no server software.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
class SecurityHeadersTest {

    private static final List<String> PAGES = List.of("/", "/index.html", "/dashboard", "/dashboard.html", "/inbox",
            "/inbox.html", "/js/main.js", "/js/dashboard/main.js", "/css/app.css", "/i18n/vi.json", "/favicon.svg");
    private static final List<String> OTHERS = List.of("/api/zones", "/api/zones/kcn-tan-kieu", "/api/session",
            "/api/config", "/api/export?format=csv&layer=zones", "/api/export/occupancy?groupBy=kind&format=xlsx",
            "/api/stats/occupancy?groupBy=kind", "/v3/api-docs", "/actuator/health",
            "/webjars/leaflet/dist/leaflet.js", "/wms?SERVICE=WMS&REQUEST=GetCapabilities",
            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES=&CRS=CRS:84"
                    + "&BBOX=105.78,10.48,105.85,10.55&WIDTH=64&HEIGHT=64&FORMAT=image/png",
            "/tiles/zones/12/3251/1927.png", "/tiles/zones/12/3251/1927.mvt", "/tiles/zones/0/0/0.mvt",
            "/tiles/zones.json", "/ogc", "/ogc/collections/zones/items?limit=1",
            // refusals: a parameter, nothing there, the WMS's and the OGC API's own formats, a tile, a method
            "/api/zones?kind=ROAD", "/api/nothing", "/nothing.html", "/wms?SERVICE=WMS&REQUEST=GetMap",
            "/ogc/collections/roads", "/tiles/zones/99/0/0.png", "/tiles/roads/1/1/1.png", "/api/users",
            "/api/zones/kcn-tan-kieu/history", "/error");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Test
    void everyPageAndFileCarriesThePagePolicy() {
        SoftAssertions soft = new SoftAssertions();
        for (String path : PAGES) {
            Http.Response answer = new Http(port).get(path);
            soft.assertThat(answer.status()).as(path).isEqualTo(200);
            assertCommonHeaders(soft, path, answer);
            soft.assertThat(answer.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
        soft.assertAll();
    }

    @Test
    void everyOtherAnswerForbidsRunningAndFramingIt() {
        SoftAssertions soft = new SoftAssertions();
        for (String path : OTHERS) {
            Http.Response answer = new Http(port).get(path);
            assertCommonHeaders(soft, path, answer);
            soft.assertThat(answer.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.NO_CONTENT_POLICY);
        }
        soft.assertAll();
    }

    @Test
    void refusalsBeforeTheApplicationAndRefusedWritesCarryThemToo() {
        Http http = new Http(port);
        Map<String, String> admin = new HashMap<>(Accounts.admin());
        admin.put("Content-Type", "application/geo+json");
        SoftAssertions soft = new SoftAssertions();
        Map<String, Http.Response> answers = Map.of(
                "a path the connector refuses", http.raw("GET", "/api/zones/%ff", Map.of()),
                "a URL over 8 KB", http.raw("GET", "/api/zones?q=" + "x".repeat(10_000), Map.of()),
                "a path the firewall refuses", http.get("/api/zones/a;b"),
                "a write without credentials", http.send("POST", "/api/zones", Map.of("Content-Type",
                        "application/geo+json"), "{}".getBytes(StandardCharsets.UTF_8)),
                "a write that is not JSON", http.send("POST", "/api/zones", admin,
                        "{".getBytes(StandardCharsets.UTF_8)),
                "a method nothing takes", http.send("DELETE", "/api/zones", Map.of(), null),
                "a failed sign-in", http.get("/api/session", Http.basic("no.such.user", "wrong-password")));
        answers.forEach((what, answer) -> {
            soft.assertThat(answer.status()).as(what).isBetween(400, 499);
            assertCommonHeaders(soft, what, answer);
        });
        soft.assertAll();
    }

    @Test
    void theSignInSetsItsCookiesHttpOnlyWhereScriptsNeedNotReadThemAndAlwaysSameSite() {
        Http http = new Http(port);
        Http.Response anonymous = http.get("/api/session");
        String csrfCookie = anonymous.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().orElseThrow();
        // The web map's scripts read the token from this cookie to send it back (double submit): not HttpOnly.
        assertThat(csrfCookie).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
        String token = anonymous.json().path("csrf").path("token").asString();

        Http.Response login = http.send("POST", "/api/session", Map.of("Content-Type", "application/json",
                "X-XSRF-TOKEN", token, "Cookie", "XSRF-TOKEN=" + token), ("{\"username\":\"" + Accounts.ADMIN
                + "\",\"password\":\"write-admin-secret\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(login.status()).as(login.text()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c)
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(login.header("Cache-Control")).contains("no-store");
    }

    private static void assertCommonHeaders(SoftAssertions soft, String what, Http.Response answer) {
        soft.assertThat(answer.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        soft.assertThat(answer.headers().allValues("Content-Security-Policy")).as(what).hasSize(1)
                .allSatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        soft.assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo(SecurityHeaders.REFERRER_POLICY);
        soft.assertThat(answer.header("Server")).as(what).isNull();
        soft.assertThat(answer.header("X-Powered-By")).as(what).isNull();
        if (answer.status() >= 400) {
            soft.assertThat(answer.text()).as(what).doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("spring").doesNotContain("java.").doesNotContain("\tat ");
        }
    }
}
