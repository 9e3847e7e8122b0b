package vn.kcnatlas.webmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the server does for the page: its headers and its configuration, here with the base map off. */
class WebMapServerTest extends WebMapAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pageIsServedUnderAContentSecurityPolicyThatAllowsOnlyThisServer() throws Exception {
        assertServedUnderThePolicy(get("/"), "/js/main.js");
        assertThat(get("/js/main.js").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
    }

    @Test
    void theDashboardIsServedAtItsOwnPathUnderTheSamePolicy() throws Exception {
        assertServedUnderThePolicy(get("/dashboard"), "/js/dashboard/main.js");
        assertThat(get("/js/dashboard/main.js").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void theEnquiriesInboxIsServedAtItsOwnPathUnderTheSamePolicy() throws Exception {
        assertServedUnderThePolicy(get("/inbox"), "/js/inbox/main.js");
    }

    private static void assertServedUnderThePolicy(HttpResponse<String> page, String script) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"" + script + "\" type=\"module\">")
                .doesNotContainPattern("<script>|<script type=\"module\">|style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:;",
                        "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void stylesTellTheZoomEachLayerIsDrawnFromAsTheTilesDo() throws Exception {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.JsonNode styles = json.readTree(get("/api/styles").body());
        for (vn.kcnatlas.map.MapLayer layer : vn.kcnatlas.map.MapLayer.values()) {
            assertThat(styles.path("layers").path(layer.id()).path("minZoom").asInt(-1)).as(layer.id())
                    .isEqualTo(layer.minZoom())
                    .isEqualTo(json.readTree(get("/tiles/" + layer.id() + ".json").body()).path("minzoom").asInt(-1));
        }
    }

    @Test
    void configSaysThereIsNoBaseMap() throws Exception {
        HttpResponse<String> config = get("/api/config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).isEqualTo("{\"basemap\":null}");
    }

    @Test
    void staticFilesAreKeptByTheBrowserButCheckedEachTimeAndAnUnchangedOneIsAnswered304() throws Exception {
        for (String path : new String[] {"/js/main.js", "/css/app.css", "/i18n/vi.json", "/favicon.svg",
            "/webjars/leaflet/dist/leaflet.js"}) {
            HttpResponse<String> file = get(path);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            String lastModified = file.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void leafletItsClusterPluginAndChartJsAreServedWithoutVersionsInThePath() throws Exception {
        for (String path : new String[] {"/webjars/leaflet/dist/leaflet.js", "/webjars/leaflet/dist/leaflet.css",
            "/webjars/leaflet-markercluster/leaflet.markercluster.js", "/webjars/leaflet-markercluster/MarkerCluster.css",
            "/webjars/chart.js/dist/chart.umd.min.js"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
