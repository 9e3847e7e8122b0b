package vn.kcnatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.DecodedTiles;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;
import vn.kcnatlas.time.VietnamDays;

/**
 * The map as of a day over HTTP, after edits through the write API: WMS TIME, tiles and OGC API items with
 * asOf or datetime draw and answer what stood before the edit, and the clearance durations date a status
 * change by its edit. The same on every store.
 */
abstract class MapAsOfContract extends WriteApiTest {

    /** A point inside Tân Kiều's seeded boundary, clear of its label. */
    private static final double[] INSIDE_BEFORE = {105.816, 10.511};
    /** Where the edit moves Tân Kiều: a square north-west of it, and a point inside its lower-left corner. */
    private static final String MOVED = square(105.785, 10.535, 0.014);
    private static final double[] INSIDE_AFTER = {105.787, 10.537};
    private static final String MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES="
            + "&CRS=CRS:84&BBOX=105.78,10.48,105.85,10.55&WIDTH=300&HEIGHT=300&FORMAT=image/png";
    private static final String INFO = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=zones"
            + "&QUERY_LAYERS=zones&STYLES=&CRS=CRS:84&BBOX=105.78,10.48,105.85,10.55&WIDTH=300&HEIGHT=300"
            + "&INFO_FORMAT=application/json";
    /** The zoom 12 tile holding both places. */
    private static final int Z = 12;
    private static final int X = 3251;
    private static final int Y = 1927;
    private static final String TILE = "/tiles/zones/" + Z + "/" + X + "/" + Y;

    private LocalDate today() {
        return VietnamDays.today(Clock.systemUTC());
    }

    @Test
    void mapsTilesAndItemsAsOfTheDayBeforeABoundaryEditShowTheEarlierBoundary() {
        JsonNode before = http().get("/api/zones/kcn-tan-kieu").json();
        String yesterday = today().minusDays(1).toString();
        Http.Response tileBefore = http().get(TILE + ".png");
        Http.Response mvtBefore = http().get(TILE + ".mvt");

        assertThat(http().send("PATCH", "/api/zones/kcn-tan-kieu", headers(MERGE_PATCH,
                http().get("/api/zones/kcn-tan-kieu").etag()), bytes("{\"geometry\":" + MOVED + "}")).status())
                .isEqualTo(200);

        BufferedImage now = png(http().get(MAP));
        BufferedImage then = png(http().get(MAP + "&TIME=" + yesterday));
        assertThat(opaqueColour(then, wms(INSIDE_BEFORE))).as("the earlier boundary, drawn for yesterday").isTrue();
        assertThat(opaqueColour(then, wms(INSIDE_AFTER))).as("the new boundary, not there yesterday").isFalse();
        assertThat(opaqueColour(now, wms(INSIDE_BEFORE))).as("the earlier boundary, gone now").isFalse();
        assertThat(opaqueColour(now, wms(INSIDE_AFTER))).as("the new boundary, drawn now").isTrue();
        assertThat(http().get(MAP + "&TIME=" + yesterday + "T12:00:00%2B07:00").body()).as("an instant, as its day")
                .isEqualTo(http().get(MAP + "&TIME=" + yesterday).body());
        assertThat(http().get(MAP + "&TIME=current").body()).isEqualTo(http().get(MAP).body());

        int[] pixelBefore = wms(INSIDE_BEFORE);
        assertThat(codes(http().get(INFO + "&TIME=" + yesterday + "&I=" + pixelBefore[0] + "&J=" + pixelBefore[1])))
                .isEqualTo("[\"kcn-tan-kieu\"]");
        assertThat(codes(http().get(INFO + "&I=" + pixelBefore[0] + "&J=" + pixelBefore[1]))).isEqualTo("[]");

        Http.Response tileThen = http().get(TILE + ".png?asOf=" + yesterday);
        Http.Response tileNow = http().get(TILE + ".png");
        assertThat(tileThen.body()).as("yesterday's tile draws what the tile drew before the edit")
                .isEqualTo(tileBefore.body());
        assertThat(alpha(png(tileThen), tile(INSIDE_BEFORE))).isPositive();
        assertThat(alpha(png(tileThen), tile(INSIDE_AFTER))).isZero();
        assertThat(alpha(png(tileNow), tile(INSIDE_BEFORE))).isZero();
        assertThat(alpha(png(tileNow), tile(INSIDE_AFTER))).isPositive();
        assertThat(tileThen.etag()).isNotEqualTo(tileBefore.etag()).startsWith("W/\"" + yesterday + "-");
        Http.Response mvtThen = http().get(TILE + ".mvt?asOf=" + yesterday);
        // Compared decoded: on PostGIS the tile of now is ST_AsMVT's and a past day's the Java encoder's.
        DecodedTiles.assertSame(mvtBefore.body(), mvtThen.body(), "yesterday's vector tile");
        assertThat(mvtThen.body()).isNotEqualTo(http().get(TILE + ".mvt").body());
        assertThat(mvtThen.etag()).isNotEqualTo(mvtBefore.etag());

        JsonNode earlier = before.path("geometry");
        assertThat(item("datetime=" + yesterday).path("geometry")).isEqualTo(earlier);
        assertThat(item("datetime=" + yesterday + "T23:00:00Z").path("geometry")).as("23:00 UTC is the next day in"
                + " Việt Nam, after the edit").isNotEqualTo(earlier);
        assertThat(item("asOf=" + yesterday).path("geometry")).isEqualTo(earlier);
        assertThat(item("").path("geometry")).isNotEqualTo(earlier);
    }

    @Test
    void aClearanceStatusChangeIsDatedByItsEdit() {
        String code = "kcn-song-hau";
        String yesterday = today().minusDays(1).toString();
        JsonNode seeded = http().get("/api/zones/" + code + "?asOf=" + yesterday).json().path("properties");
        String earlier = seeded.path("clearanceStatus").asString();
        String changed = earlier.equals("in_progress") ? "completed" : "in_progress";

        assertThat(http().send("PATCH", "/api/zones/" + code, headers(MERGE_PATCH,
                http().get("/api/zones/" + code).etag()), bytes("{\"properties\":{\"clearanceStatus\":\"" + changed
                        + "\"}}")).status()).isEqualTo(200);

        JsonNode now = row(http().get("/api/stats/clearance"), code);
        assertThat(now.path("clearanceStatus").asString()).isEqualTo(changed);
        assertThat(now.path("since").asString()).isEqualTo(today().toString());
        assertThat(now.path("sinceKnown").asBoolean()).isTrue();
        assertThat(now.path("days").asLong()).isZero();
        assertThat(now.path("name").asString()).isEqualTo("Sông Hậu");
        assertThat(now.path("districtName").asString()).isNotBlank();

        JsonNode then = row(http().get("/api/stats/clearance?asOf=" + yesterday), code);
        assertThat(then.path("clearanceStatus").asString()).isEqualTo(earlier);
        assertThat(then.path("sinceKnown").asBoolean()).as("unchanged since the seed").isFalse();
        String facts = seeded.path("asOf").asString(null);
        if (facts != null) {
            assertThat(then.path("since").asString()).as("the date the seed's facts describe").isEqualTo(facts);
            assertThat(then.path("days").asLong())
                    .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse(facts), LocalDate.parse(yesterday)));
        } else {
            assertThat(then.path("since").isNull()).as("seeded today, so nothing is known of yesterday").isTrue();
            assertThat(then.path("days").isNull()).isTrue();
        }
    }

    @Test
    void clearanceListsStuckZonesLongestFirstAndRefusesAFutureDay() {
        JsonNode rows = http().get("/api/stats/clearance").json();
        String previousStatus = null;
        long previousDays = Long.MAX_VALUE;
        for (JsonNode row : rows) {
            String status = row.path("clearanceStatus").asString();
            long days = row.path("days").isNull() ? -1 : row.path("days").asLong();
            if (status.equals(previousStatus)) {
                assertThat(days).as(row.path("code").asString()).isLessThanOrEqualTo(previousDays);
            }
            previousStatus = status;
            previousDays = days;
        }
        assertThat(rows.get(0).path("clearanceStatus").asString()).isEqualTo("in_progress");
        // Now is read from the zones as stored, a day from their history: today, the two agree.
        assertThat(http().get("/api/stats/clearance?asOf=" + today()).json()).isEqualTo(rows);
        Http.Response future = http().get("/api/stats/clearance?asOf=" + today().plusDays(2));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("parameter").asString()).isEqualTo("asOf");
    }

    private JsonNode item(String query) {
        JsonNode page = http().get("/ogc/collections/zones/items?limit=100&" + query).json();
        for (JsonNode feature : page.path("features")) {
            if (feature.path("id").asString().equals("kcn-tan-kieu")) {
                return feature;
            }
        }
        throw new AssertionError("kcn-tan-kieu is not among the items of " + query);
    }

    private static JsonNode row(Http.Response response, String code) {
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode row : response.json()) {
            if (row.path("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " is not listed");
    }

    private static String codes(Http.Response info) {
        assertThat(info.status()).isEqualTo(200);
        StringBuilder codes = new StringBuilder("[");
        for (JsonNode feature : info.json().path("features")) {
            codes.append(codes.length() > 1 ? "," : "").append('"').append(feature.path("properties").path("code")
                    .asString()).append('"');
        }
        return codes.append(']').toString();
    }

    /** The pixel of a longitude/latitude on the 300-pixel WMS map of 105.78..105.85, 10.48..10.55. */
    private static int[] wms(double[] lonLat) {
        return new int[] {(int) ((lonLat[0] - 105.78) / 0.07 * 300), (int) ((10.55 - lonLat[1]) / 0.07 * 300)};
    }

    /** The pixel of a longitude/latitude on the 256-pixel tile. */
    private static int[] tile(double[] lonLat) {
        double n = Math.pow(2, Z);
        double sin = Math.sin(Math.toRadians(lonLat[1]));
        double x = (lonLat[0] + 180) / 360 * n;
        double y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n;
        return new int[] {(int) ((x - X) * 256), (int) ((y - Y) * 256)};
    }

    /** Whether the opaque WMS map has something other than its white background at the pixel. */
    private static boolean opaqueColour(BufferedImage image, int[] pixel) {
        return (image.getRGB(pixel[0], pixel[1]) & 0xffffff) != 0xffffff;
    }

    private static int alpha(BufferedImage image, int[] pixel) {
        return image.getRGB(pixel[0], pixel[1]) >>> 24;
    }

    private static BufferedImage png(Http.Response response) {
        assertThat(response.status()).isEqualTo(200);
        try {
            return ImageIO.read(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
