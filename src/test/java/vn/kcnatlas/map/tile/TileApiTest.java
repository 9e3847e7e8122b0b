package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.imageio.ImageIO;

import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.ServerHttpObservationFilter;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.time.VietnamDays;

/** XYZ tiles and TileJSON over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TileApiTest {

    static final String TAN_KIEU = "/tiles/zones/12/3251/1927";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Test
    void noObservationFilterRunsWhileObservationsOfRequestsAreOff() {
        assertThat(servletContext.getFilterRegistrations().values()).extracting(FilterRegistration::getClassName)
                .contains(TileEndpoint.class.getName()).doesNotContain(ServerHttpObservationFilter.class.getName());
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theRequestLogHasOneLinePerRequestWithMethodTargetStatusAndTime(CapturedOutput output) {
        Http http = new Http(port);
        String unique = "?asOf=" + VietnamDays.today(Clock.systemUTC()).minusDays(3);
        http.get(TAN_KIEU + ".png" + unique);
        http.send("HEAD", TAN_KIEU + ".mvt" + unique, Map.of(), null);
        http.get("/tiles/zones/12/3251/x.png" + unique);
        http.send("POST", TAN_KIEU + ".png" + unique, Map.of(), new byte[0]);
        http.get("/api/zones/no-such-zone" + unique);

        List<String> expected = List.of("GET " + TAN_KIEU + ".png" + unique + " 200 ", "HEAD " + TAN_KIEU + ".mvt" + unique + " 200 ",
                "GET /tiles/zones/12/3251/x.png" + unique + " 400 ", "POST " + TAN_KIEU + ".png" + unique + " 405 ",
                "GET /api/zones/no-such-zone" + unique + " 404 ");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<String> lines = output.getOut().lines().filter(line -> line.contains(" vn.kcnatlas.requests ")).toList();
            for (String request : expected) {
                assertThat(lines).as(request).filteredOn(line -> line.contains(" : " + request)).singleElement()
                        .asString().matches(".* INFO .* : \\S+ \\S+ \\d{3} \\d+ms");
            }
        });
    }

    @Test
    void asOfIsADayNoLaterThanTodayAndOnlyForZones() {
        Http http = new Http(port);
        String yesterday = VietnamDays.today(Clock.systemUTC()).minusDays(1).toString();
        assertThat(http.get(TAN_KIEU + ".png?asOf=" + yesterday).status()).isEqualTo(200);
        assertThat(http.get(TAN_KIEU + ".mvt?asOf=" + yesterday).status()).isEqualTo(200);

        for (String refused : List.of(TAN_KIEU + ".png?asOf=yesterday", TAN_KIEU + ".mvt?asOf=2099-01-01",
                "/tiles/lots/15/26010/15421.png?asOf=" + yesterday, "/tiles/districts/9/406/240.mvt?asOf="
                        + yesterday)) {
            Http.Response answer = http.get(refused);
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.contentType()).as(refused).startsWith("application/problem+json");
            assertThat(answer.json().path("parameter").asString()).as(refused).isEqualTo("asOf");
        }
        assertThat(http.get("/tiles/lots/15/26010/15421.png?asOf=" + yesterday).json().path("detail").asString())
                .contains("only as they are now");

        JsonNode dated = http.get("/tiles/zones.json?format=png&style=occupancy&asOf=" + yesterday).json();
        assertThat(dated.path("tiles").get(0).asString())
                .endsWith("/tiles/zones/{z}/{x}/{y}.png?style=occupancy&asOf=" + yesterday);
        assertThat(dated.path("description").asString()).contains(yesterday);
        assertThat(http.get("/tiles/zones.json").json().path("description").asString()).contains("asOf=YYYY-MM-DD");
        assertThat(http.get("/tiles/lots.json?asOf=" + yesterday).status()).isEqualTo(400);
        assertThat(http.get("/tiles/zones.json?asOf=2099-01-01").json().path("parameter").asString())
                .isEqualTo("asOf");
    }

    @Test
    void servesPngTilesAtOneAndTwoTimesTheSize() throws IOException {
        Http.Response tile = new Http(port).get(TAN_KIEU + ".png");
        Http.Response hiDpi = new Http(port).get(TAN_KIEU + "@2x.png");

        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.contentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(tile.body()));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(opaquePixels(image)).isGreaterThan(100);
        assertThat(ImageIO.read(new ByteArrayInputStream(hiDpi.body())).getWidth()).isEqualTo(512);
    }

    @Test
    void themesChangeTheColours() {
        Http http = new Http(port);
        byte[] investment = http.get(TAN_KIEU + ".png").body();
        byte[] occupancy = http.get(TAN_KIEU + ".png?style=occupancy").body();
        byte[] clearance = http.get(TAN_KIEU + ".png?style=clearance").body();

        assertThat(occupancy).isNotEqualTo(investment);
        assertThat(clearance).isNotEqualTo(investment).isNotEqualTo(occupancy);
    }

    @Test
    void servesVectorTilesWithTheZoneAttributes() throws IOException {
        Http.Response tile = new Http(port).get(TAN_KIEU + ".mvt");

        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.contentType()).isEqualTo("application/vnd.mapbox-vector-tile");
        JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile.body()), new GeometryFactory(),
                new TagKeyValueMapConverter());
        JtsLayer zones = mvt.getLayer("zones");
        assertThat(zones).isNotNull();
        Geometry tanKieu = zones.getGeometries().stream()
                .filter(g -> "kcn-tan-kieu".equals(((Map<?, ?>) g.getUserData()).get("code"))).findFirst().orElseThrow();
        Map<?, ?> attributes = (Map<?, ?>) tanKieu.getUserData();
        assertThat(attributes.get("name")).isEqualTo("Tân Kiều");
        assertThat(attributes.get("kind")).isEqualTo("KCN");
        assertThat(attributes.get("investmentStatus")).isEqualTo("seeking_tenants");
        assertThat(attributes.get("clearanceStatus")).isEqualTo("in_progress");
        assertThat(attributes.get("lifecycle")).isEqualTo("under_construction");
        assertThat(tanKieu.getGeometryType()).isIn("Polygon", "MultiPolygon");
    }

    @Test
    void vectorTilesMarkIllustrativeLots() throws IOException {
        // A tile over Sông Hậu, whose lots are the seed's illustrative layout.
        Http.Response tile = new Http(port).get("/tiles/lots/15/25997/15446.mvt");

        assertThat(tile.status()).isEqualTo(200);
        JtsLayer lots = MvtReader.loadMvt(new ByteArrayInputStream(tile.body()), new GeometryFactory(),
                new TagKeyValueMapConverter()).getLayer("lots");
        assertThat(lots.getGeometries()).isNotEmpty().allSatisfy(lot -> {
            Map<?, ?> attributes = (Map<?, ?>) lot.getUserData();
            assertThat(attributes.get("illustrative")).isEqualTo(true);
            assertThat(attributes.get("tenant")).isNull();
        });
    }

    @Test
    void emptyTilesAnswerNoContentForRasterAndVectorAlike() {
        Http http = new Http(port);
        assertThat(http.get("/tiles/zones/5/0/0.png").status()).isEqualTo(204);
        assertThat(http.get("/tiles/zones/5/0/0.mvt").status()).isEqualTo(204);
        // Lots are not drawn below zoom 13, whatever lies in the tile.
        assertThat(http.get("/tiles/lots/12/3249/1930.png").status()).isEqualTo(204);
        assertThat(http.get("/tiles/lots/12/3249/1930.mvt").status()).isEqualTo(204);
    }

    @Test
    void unchangedTilesCostA304() {
        Http http = new Http(port);
        Http.Response first = http.get(TAN_KIEU + ".png");

        Http.Response again = http.get(TAN_KIEU + ".png", Map.of("If-None-Match", first.etag()));

        assertThat(first.etag()).isNotBlank();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void vectorTilesGoGzippedToClientsThatTakeGzip() throws IOException {
        Http http = new Http(port);
        Http.Response plain = http.get(TAN_KIEU + ".mvt");
        Http.Response gzipped = http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", "gzip, deflate, br"));

        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.header("Vary")).contains("Accept-Encoding");
        assertThat(gzipped.status()).isEqualTo(200);
        assertThat(gzipped.contentType()).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
        assertThat(gzipped.header("Content-Length")).isEqualTo(Integer.toString(gzipped.body().length));
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        byte[] decoded = gunzip(gzipped.body());
        assertThat(decoded).isEqualTo(plain.body());
        assertThat(MvtReader.loadMvt(new ByteArrayInputStream(decoded), new GeometryFactory(),
                new TagKeyValueMapConverter()).getLayer("zones").getGeometries()).isNotEmpty();
        // Two representations, two tags: a client never confirms the one with the other's.
        assertThat(gzipped.etag()).isNotEqualTo(plain.etag());
        assertThat(http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", "gzip", "If-None-Match", gzipped.etag()))
                .status()).isEqualTo(304);
        assertThat(http.get(TAN_KIEU + ".mvt", Map.of("If-None-Match", gzipped.etag())).status()).isEqualTo(200);
        assertThat(http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", "gzip", "If-None-Match", plain.etag()))
                .header("Content-Encoding")).isEqualTo("gzip");
        Http.Response head = http.send("HEAD", TAN_KIEU + ".mvt", Map.of("Accept-Encoding", "gzip"), null);
        assertThat(head.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(gzipped.body().length));
    }

    @Test
    void gzipGoesOnlyWhereTheClientTakesIt() {
        Http http = new Http(port);
        for (String takes : List.of("gzip", "GZIP;q=0.5", "deflate, *", "x-gzip", "br;q=1, gzip;q=0.1")) {
            assertThat(http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", takes)).header("Content-Encoding"))
                    .as(takes).isEqualTo("gzip");
        }
        for (String refuses : List.of("identity", "br", "gzip;q=0", "*;q=0", "*, gzip;q=0")) {
            Http.Response tile = http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", refuses));
            assertThat(tile.status()).as(refuses).isEqualTo(200);
            assertThat(tile.header("Content-Encoding")).as(refuses).isNull();
        }
        for (String malformed : List.of("gzip;q=x", "gzip;;;", ";", "gzip;q=", "\"gzip")) {
            assertThat(http.get(TAN_KIEU + ".mvt", Map.of("Accept-Encoding", malformed)).status()).as(malformed)
                    .isEqualTo(200);
        }
        // PNG is compressed already; an empty tile has no body to compress.
        Http.Response png = http.get(TAN_KIEU + ".png", Map.of("Accept-Encoding", "gzip"));
        assertThat(png.header("Content-Encoding")).isNull();
        assertThat(png.header("Vary")).doesNotContain("Accept-Encoding");
        assertThat(http.get("/tiles/zones/5/0/0.mvt", Map.of("Accept-Encoding", "gzip")).status()).isEqualTo(204);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void describesEachLayerWithTileJson() {
        JsonNode tileJson = new Http(port).get("/tiles/zones.json").json();

        assertThat(tileJson.path("tilejson").asString()).isEqualTo("3.0.0");
        assertThat(tileJson.path("tiles").get(0).asString()).endsWith("/tiles/zones/{z}/{x}/{y}.mvt");
        assertThat(tileJson.path("vector_layers").get(0).path("id").asString()).isEqualTo("zones");
        assertThat(tileJson.path("vector_layers").get(0).path("fields").has("investmentStatus")).isTrue();
        JsonNode bounds = tileJson.path("bounds");
        assertThat(bounds.get(0).asDouble()).isLessThan(104.1);
        assertThat(bounds.get(2).asDouble()).isGreaterThan(105.8);
        JsonNode raster = new Http(port).get("/tiles/lots.json?format=png").json();
        assertThat(raster.path("tiles").get(0).asString()).endsWith("/tiles/lots/{z}/{x}/{y}.png");
        assertThat(raster.path("minzoom").asInt()).isEqualTo(13);
        assertThat(raster.has("vector_layers")).isFalse();
    }

    @Test
    void refusesBadTileRequestsWithAProblem() {
        Http http = new Http(port);
        assertProblem(http.get("/tiles/zones/12/5000/1927.png"), 400, "does not exist");
        assertProblem(http.get("/tiles/zones/30/0/0.png"), 400, "zoom 30");
        assertProblem(http.get("/tiles/zones/a/b/1.png"), 400, "whole numbers");
        assertProblem(http.get("/tiles/zones/12/3251/1927.gif"), 400, "{y}.png");
        assertProblem(http.get("/tiles/zones/12/3251/1927@2x.mvt"), 400, "no @2x");
        assertProblem(http.get(TAN_KIEU + ".png?style=pretty"), 400, "no style 'pretty'");
        assertProblem(http.get("/tiles/roads/12/3251/1927.png"), 404, "no layer 'roads'");
        assertProblem(http.get("/tiles/roads.json"), 404, "no layer 'roads'");
        assertProblem(http.get("/tiles/zones.json?format=webp"), 400, "mvt or png");
    }

    @Test
    void refusesWhatCannotBeReadOrDoneWithAProblemNamingIt() {
        Http http = new Http(port);
        assertProblem(http.raw("GET", TAN_KIEU + ".png?style=%zz", Map.of()), 400, "could not be read");
        assertProblem(http.get("/tiles/zones/99999999999/0/0.png"), 400, "2^zoom − 1");
        assertProblem(http.get("/tiles/zones.json?format=png&style=pretty"), 400, "no style 'pretty'");
        assertProblem(http.get("/tiles/zones.json?style=occupancy"), 400, "no style");

        Http.Response post = http.send("POST", TAN_KIEU + ".png", Map.of(), new byte[0]);
        assertProblem(post, 405, "POST is not allowed");
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }

    @Test
    void letsWebMapsOnOtherSitesReadTiles() {
        Http http = new Http(port);
        Http.Response tile = http.get(TAN_KIEU + ".mvt", Map.of("Origin", "https://maps.example.org"));
        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.header("Access-Control-Allow-Origin")).isEqualTo("*");
        // A shared cache keeps one answer per origin and preflight, in one Vary line.
        assertThat(http.get(TAN_KIEU + ".png").headers().allValues("Vary"))
                .containsExactly("Origin, Access-Control-Request-Method, Access-Control-Request-Headers");

        Http.Response preflight = http.send("OPTIONS", TAN_KIEU + ".mvt", Map.of("Origin", "https://maps.example.org",
                "Access-Control-Request-Method", "GET"), null);
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");

        Http.Response tileJson = http.get("/tiles/zones.json", Map.of("Origin", "https://maps.example.org"));
        assertThat(tileJson.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void servesTilesBehindAProxyThatAddsAPathPrefix() {
        Map<String, String> proxied = Map.of("X-Forwarded-Prefix", "/kcn", "X-Forwarded-Host", "maps.example.org",
                "X-Forwarded-Proto", "https");

        assertThat(new Http(port).get(TAN_KIEU + ".png", proxied).status()).isEqualTo(200);
        assertThat(new Http(port).get("/tiles/zones.json", proxied).json().path("tiles").get(0).asString())
                .isEqualTo("https://maps.example.org/kcn/tiles/zones/{z}/{x}/{y}.mvt");
    }

    private static void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains(detail);
    }

    static int opaquePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
