package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * Requests the server cannot read, or that ask for what is not there, answered with a 4xx that says
 * what is wrong, in each service's own format, and never as an incident. (WMS and tiles: WmsErrorsTest,
 * TileApiTest.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Test
    void refusesAQueryStringThatDoesNotDecode() {
        Http http = new Http(port);
        for (String target : new String[] {"/api/zones?q=%zz", "/api/lots?bbox=%", "/api/stats/occupancy?by=%ff%zz",
                "/actuator/health?%zz=1"}) {
            assertProblem(http.raw("GET", target, Map.of()), 400, "could not be read");
        }

        Http.Response ogc = http.raw("GET", "/ogc/collections/zones/items?f=%zz", Map.of());
        assertThat(ogc.status()).isEqualTo(400);
        assertThat(ogc.json().path("code").asString()).isEqualTo("InvalidParameterValue");
        assertThat(ogc.json().path("description").asString()).contains("could not be read");
    }

    @Test
    void answersWhatTheServerRefusesBeforeTheApplicationAsAProblemToo() {
        Http http = new Http(port);
        for (String target : new String[] {"/api/zones/%ff", "/tiles/zones%2F10%2F812%2F480.png",
                "/api/zones?q=" + "x".repeat(10_000)}) {
            Http.Response response = http.raw("GET", target, Map.of());
            assertThat(response.status()).as(target).isBetween(400, 431);
            assertThat(response.contentType()).as(target).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).as(target).isNotBlank();
            assertThat(response.text()).as(target).doesNotContain("Tomcat").doesNotContain("<html");
        }
    }

    @Test
    void refusesForwardedHeadersThatDoNotMakeAUrl() {
        assertProblem(new Http(port).get("/api/zones", Map.of("X-Forwarded-Prefix", "/a%zz")), 400,
                "X-Forwarded-Prefix");
        assertProblem(new Http(port).get("/api/zones", Map.of("X-Forwarded-Port", "abc")), 400, "X-Forwarded");
    }

    @Test
    void refusesParametersAResourceDoesNotTakeNamingTheOnesItDoes() {
        Http http = new Http(port);
        assertProblem(http.get("/api/lots?bbox=105,10,106,11&limt=5"), 400, "takes bbox, limit");
        assertProblem(http.get("/api/districts?province=dong-thap"), 400, "takes none");
        assertProblem(http.get("/api/stats/occupancy?group=kind"), 400, "takes asOf, groupBy");
        assertThat(http.get("/api/stats/occupancy?groupBy=kind").status()).isEqualTo(200);
    }

    @Test
    void hasNoErrorPageOfItsOwnToShow() {
        assertProblem(new Http(port).get("/error"), 404, "nothing at /error");
    }

    @Test
    void refusesMoreParametersThanTheServerTakes() {
        String query = "q=a" + "&x=1".repeat(1100);

        assertProblem(new Http(port).get("/api/zones?" + query), 400, "maximum number of request parameters");
    }

    @Test
    void refusesAnAcceptHeaderThatIsNotAListOfMediaTypes() {
        assertProblem(new Http(port).get("/api/zones", Map.of("Accept", "garbage")), 406, "Accept header");
    }

    @Test
    void refusesAMethodNothingTakesEvenWithAMalformedBody() {
        Http.Response response = new Http(port).send("PUT", "/api/zones",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=%zz".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 405, "PUT");
    }

    @Test
    void saysWhereTheApiIsForAPathWithNothingThere() {
        assertProblem(new Http(port).get("/api/zones/kcn-tan-kieu/nope"), 404, "The API is under /api");
        assertProblem(new Http(port).get("/api/nothing", Map.of("X-Forwarded-Prefix", "/a b")), 404, "nothing at");
    }

    @Test
    void letsWebMapsOnOtherSitesReadTheApiAndTheServices() {
        Http http = new Http(port);
        Map<String, String> origin = Map.of("Origin", "https://maps.example.org");
        for (String path : new String[] {"/api/zones", "/ogc/collections/zones/items",
                "/wms?SERVICE=WMS&REQUEST=GetCapabilities"}) {
            Http.Response response = http.get(path, origin);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
        }

        Http.Response preflight = http.send("OPTIONS", "/ogc/collections", Map.of("Origin", "https://maps.example.org",
                "Access-Control-Request-Method", "GET"), null);
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    private static void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
        assertThat(response.text()).doesNotContain("incident").doesNotContain("Exception");
    }
}
