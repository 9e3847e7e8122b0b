package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * {@code POST /api/survey/markers} on a real server: a file in each zone becomes the polygon PROJ computes,
 * and each kind of bad request its problem document.
 *
 * <p>Control values: PROJ 9.1.1, {@code cs2cs -f %.9f <definition> +to EPSG:4326} fed "easting northing",
 * where the definition is what {@code projinfo -o PROJ EPSG:5897} (or {@code EPSG:9207}) prints:
 * {@code +proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84
 * +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278
 * +units=m +no_defs +type=crs}, with {@code +lon_0=104.5} for EPSG:9207.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kcn.seed.enabled=false")
@ActiveProfiles("demo")
class SurveyApiTest {

    private static final double TOLERANCE_METRES = 0.05;
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Test
    void onlyPlannersAndAdminsSurvey() {
        byte[] file = "marker,x,y\nM1,1163000,589000\nM2,1163000,590000\nM3,1164000,590000\n"
                .getBytes(StandardCharsets.UTF_8);
        Http http = new Http(port);
        assertThat(http.send("POST", "/api/survey/markers?crs=EPSG:5897", CSV, file).status()).isEqualTo(401);
        Map<String, String> official = new java.util.HashMap<>(CSV);
        official.putAll(Http.basic("official", "official-demo"));
        assertThat(http.send("POST", "/api/survey/markers?crs=EPSG:5897", official, file).status()).isEqualTo(403);
        Map<String, String> admin = new java.util.HashMap<>(CSV);
        admin.putAll(Http.basic("admin", "admin-demo"));
        assertThat(http.send("POST", "/api/survey/markers?crs=EPSG:5897", admin, file).status()).isEqualTo(200);
    }

    @Test
    void aDongThapFileBecomesPROJsPolygon() {
        String file = "\uFEFFmarker,x,y\r\n"
                + "M1,1163000,589000\r\n"
                + "M2,1163000,590000.5\r\n"
                + "M3,1164000.25,590000.5\r\n"
                + "M4,1164000.25,589000\r\n"
                + "M1,1163000,589000\r\n";
        double[][] latLon = {{10.515634537, 105.814912069}, {10.515610921, 105.824052205},
            {10.524653825, 105.824076206}, {10.524677461, 105.814935804}};

        Http.Response response = post("/api/survey/markers?crs=EPSG:5897", file, CSV);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/geo+json;charset=UTF-8");
        JsonNode body = response.json();
        assertThat(body.path("sourceCrs").asString()).isEqualTo("EPSG:5897");
        assertThat(body.path("markerCount").asInt()).isEqualTo(4);
        assertPolygon(body.path("features").get(0), latLon);
        assertThat(body.path("features").get(0).path("properties").path("planeAreaHa").asDouble()).isEqualTo(100.075);
    }

    @Test
    void aKienGiangFileWithVietnameseIdsBecomesPROJsPolygon() {
        String file = "marker;x;y\nMốc 1;1107000;562000\nMốc 2;1107250.75;562800\nMốc 3;1107900;562400.125\n";
        double[][] latLon = {{10.009863387, 105.067342638}, {10.012117989, 105.074643872},
            {10.017994412, 105.071006632}};

        JsonNode body = post("/api/survey/markers?crs=EPSG:9207", file, CSV).json();

        assertPolygon(body.path("features").get(0), latLon);
        JsonNode second = body.path("features").get(2);
        assertThat(second.path("id").asString()).isEqualTo("marker:Mốc 2");
        assertThat(second.path("geometry").path("type").asString()).isEqualTo("Point");
        JsonNode properties = second.path("properties");
        assertThat(properties.path("marker").asString()).isEqualTo("Mốc 2");
        assertThat(properties.path("row").asInt()).isEqualTo(2);
        assertThat(properties.path("x").asDouble()).isEqualTo(1107250.75);
        assertThat(properties.path("y").asDouble()).isEqualTo(562800.0);
        assertThat(metres(properties.path("lat").asDouble(), properties.path("lon").asDouble(), latLon[1]))
                .isLessThan(TOLERANCE_METRES);
    }

    /** RFC 7946 wants exterior rings anticlockwise; the markers' own order stays in the boundary's properties. */
    @Test
    void aClockwiseFileIsWrittenAnticlockwiseFromItsFirstMarker() {
        String file = "marker,x,y\nM1,1163000,589000\nM4,1164000.25,589000\nM3,1164000.25,590000.5\n"
                + "M2,1163000,590000.5\n";
        double[][] anticlockwise = {{10.515634537, 105.814912069}, {10.515610921, 105.824052205},
            {10.524653825, 105.824076206}, {10.524677461, 105.814935804}};

        JsonNode boundary = post("/api/survey/markers?crs=EPSG:5897", file, CSV).json().path("features").get(0);

        assertPolygon(boundary, anticlockwise);
        assertThat(boundary.path("properties").path("markers").toString()).isEqualTo("[\"M1\",\"M4\",\"M3\",\"M2\"]");
    }

    @Test
    void aBadRowIsA422NamingRowLineAndColumn() {
        Http.Response response = post("/api/survey/markers?crs=EPSG:5897",
                "marker,x,y\nM1,1163000,589000\n\nM2,1163000,NaN\nM3,1163100,589100\n", CSV);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("title").asString()).isEqualTo("Invalid marker file");
        assertThat(problem.path("detail").asString()).isEqualTo("Row 2 (line 4), column y: 'NaN' is not a finite number");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/survey/markers");
        assertThat(problem.path("errorCount").asInt()).isEqualTo(1);
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(2);
        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("column").asString()).isEqualTo("y");
        assertThat(error.path("detail").asString()).isEqualTo("'NaN' is not a finite number");
    }

    @Test
    void anEmptyBodyIsAnEmptyFile() {
        Http.Response response = post("/api/survey/markers?crs=EPSG:9207", "", CSV);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").asString()).startsWith("The file is empty");
    }

    @Test
    void aCrossingCarriesItsPositionForTheMap() {
        JsonNode problem = post("/api/survey/markers?crs=EPSG:5897",
                "marker,x,y\nM1,1163000,589000\nM2,1163100,589100\nM3,1163000,589100\nM4,1163100,589000\n", CSV).json();

        JsonNode position = problem.path("errors").get(0).path("position");
        assertThat(metres(position.get(1).asDouble(), position.get(0).asDouble(), new double[] {10.516085396,
            105.815370035})).isLessThan(TOLERANCE_METRES);
    }

    @Test
    void aMissingOrUnknownCrsIsA400ListingTheSupportedOnes() {
        for (String query : new String[] {"", "?crs=EPSG:4326", "?crs=VN-2000"}) {
            Http.Response response = post("/api/survey/markers" + query, "marker,x,y\n", CSV);

            assertThat(response.status()).as(query).isEqualTo(400);
            JsonNode problem = response.json();
            assertThat(problem.path("parameter").asString()).isEqualTo("crs");
            assertThat(problem.path("supported").toString()).isEqualTo("[\"EPSG:5897\",\"EPSG:9207\"]");
            assertThat(problem.path("detail").asString()).endsWith("one of EPSG:5897 VN-2000 / TM-3 105°00′ (Đồng Tháp),"
                    + " EPSG:9207 VN-2000 / TM-3 104°30′ (Kiên Giang)");
        }
    }

    @Test
    void crsIsTheOnlyParameter() {
        Http.Response response = post("/api/survey/markers?crs=EPSG:5897&srs=EPSG:5897", "marker,x,y\n", CSV);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("parameter").asString()).isEqualTo("srs");
    }

    @Test
    void aBodyThatIsNotCsvIsA415() {
        Http.Response json = post("/api/survey/markers?crs=EPSG:5897", "{}", Map.of("Content-Type", "application/json"));
        Http.Response latin = post("/api/survey/markers?crs=EPSG:5897", "marker,x,y\n",
                Map.of("Content-Type", "text/csv;charset=windows-1258"));
        Http.Response unknown = post("/api/survey/markers?crs=EPSG:5897", "marker,x,y\n",
                Map.of("Content-Type", "text/csv;charset=tcvn3"));

        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(latin.status()).isEqualTo(415);
        assertThat(latin.json().path("detail").asString()).contains("save it as CSV UTF-8");
        assertThat(unknown.status()).isEqualTo(415);
    }

    @Test
    void aBodyOverOneMebibyteIsA413() {
        String file = "marker,x,y\n" + "M1,1163000,589000\n".repeat(MarkerCsv.MAX_BYTES / 18 + 1);

        Http.Response response = post("/api/survey/markers?crs=EPSG:5897", file, CSV);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().path("title").asString()).isEqualTo("Marker file too large");
    }

    @Test
    void theOpenApiDescriptionTakesACsvBody() {
        JsonNode post = new Http(port).get("/v3/api-docs").json().path("paths").path("/api/survey/markers").path("post");

        assertThat(post.path("requestBody").path("content").has("text/csv")).as(post.toString()).isTrue();
        assertThat(post.path("parameters").get(0).path("name").asString()).isEqualTo("crs");
    }

    /** Posts as the demo profile's planner, whom the survey is for. */
    private Http.Response post(String path, String body, Map<String, String> headers) {
        Map<String, String> asPlanner = new java.util.HashMap<>(headers);
        asPlanner.putAll(Http.basic("planner", "planner-demo"));
        return new Http(port).send("POST", path, asPlanner, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The boundary's ring, from the first marker, is at PROJ's positions in this order. */
    private static void assertPolygon(JsonNode boundary, double[][] latLon) {
        assertThat(boundary.path("id").asString()).isEqualTo("boundary");
        assertThat(boundary.path("geometry").path("type").asString()).isEqualTo("Polygon");
        JsonNode ring = boundary.path("geometry").path("coordinates").get(0);
        assertThat(ring.size()).isEqualTo(latLon.length + 1);
        for (int i = 0; i <= latLon.length; i++) {
            JsonNode position = ring.get(i);
            assertThat(metres(position.get(1).asDouble(), position.get(0).asDouble(), latLon[i % latLon.length]))
                    .as("vertex %d", i).isLessThan(TOLERANCE_METRES);
        }
    }

    private static double metres(double lat, double lon, double[] expectedLatLon) {
        return Geodesic.WGS84.Inverse(lat, lon, expectedLatLon[0], expectedLatLon[1]).s12;
    }
}
