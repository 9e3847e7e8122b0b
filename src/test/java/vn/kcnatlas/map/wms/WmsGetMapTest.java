package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeoJsonGeometry;
import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.support.Http;

class WmsGetMapTest extends WmsServerTest {

    private static final String BASE = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&FORMAT=image/png";

    @Autowired
    MapStyles styles;

    @Test
    void drawsTheSameMapInEpsg4326LatitudeFirstAsInCrs84LongitudeFirst() {
        BufferedImage epsg4326 = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=EPSG:4326&BBOX=" + latLon(AROUND_TAN_KIEU)
                + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE));
        BufferedImage crs84 = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=CRS:84&BBOX=" + lonLat(AROUND_TAN_KIEU)
                + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE));

        assertThat(pixels(crs84)).isEqualTo(pixels(epsg4326));
        int[] inside = pixel(AROUND_TAN_KIEU, SIZE, SIZE, TAN_KIEU_LON, TAN_KIEU_LAT);
        assertThat(hex(epsg4326.getRGB(inside[0], inside[1]))).isEqualTo(hex(zoneFill("investment", "seeking_tenants")));
    }

    @Test
    void drawsABoxWhollyOutsideTheCrsValidAreaAsAnEmptyImage() {
        // WMS 1.3.0 §7.3.3.6: a BBOX beyond the CRS's area of validity is no error; the map is empty there.
        for (String request : new String[] {"CRS=CRS:84&BBOX=-10,90,10,110", "CRS=EPSG:4326&BBOX=90,-10,110,10",
                "CRS=EPSG:4326&BBOX=" + lonLat(AROUND_TAN_KIEU),
                "CRS=EPSG:3857&BBOX=-30000000,21000000,30000000,40000000"}) {
            BufferedImage image = png(wms(BASE + "&LAYERS=zones,lots,districts&STYLES=&" + request
                    + "&WIDTH=120&HEIGHT=80&TRANSPARENT=TRUE"));
            assertThat(image.getWidth()).as(request).isEqualTo(120);
            assertThat(image.getHeight()).as(request).isEqualTo(80);
            assertThat(drawnPixels(image)).as(request).isZero();
        }
    }

    @Test
    void drawsABoxPartlyOutsideTheCrsValidAreaAsTheWorldsPartWithEmptinessBeyond() {
        // Ten pixels a degree: the same map of 100..180°E, then with 20° beyond the antimeridian.
        BufferedImage world = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=CRS:84&BBOX=100,0,180,20&WIDTH=800&HEIGHT=200"));
        BufferedImage beyond = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=CRS:84&BBOX=100,0,200,20&WIDTH=1000"
                + "&HEIGHT=200"));

        assertThat(pixels(beyond.getSubimage(0, 0, 800, 200))).isEqualTo(pixels(world));
        assertThat(drawnPixels(world)).as("Vietnam's zones are drawn").isPositive();
        assertThat(drawnPixels(beyond.getSubimage(800, 0, 200, 200))).isZero();

        Coordinate corner = new Coordinate();
        MapCrs.EPSG_3857.project(100, 0, corner);
        BufferedImage mercator = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=EPSG:3857&BBOX=" + corner.x + "," + corner.y
                + "," + (corner.x + 2 * MapCrs.MERCATOR_HALF_WORLD) + "," + (corner.y + MapCrs.MERCATOR_HALF_WORLD)
                + "&WIDTH=400&HEIGHT=200"));
        assertThat(drawnPixels(mercator.getSubimage(0, 0, 100, 200))).as("Vietnam, at the left").isPositive();
        assertThat(drawnPixels(mercator.getSubimage(200, 0, 200, 200))).as("beyond 180°E, where Web Mercator ends")
                .isZero();
    }

    @Test
    void drawsTheSamePlaceInWebMercator() {
        Coordinate min = new Coordinate();
        Coordinate max = new Coordinate();
        MapCrs.EPSG_3857.project(AROUND_TAN_KIEU.getMinX(), AROUND_TAN_KIEU.getMinY(), min);
        MapCrs.EPSG_3857.project(AROUND_TAN_KIEU.getMaxX(), AROUND_TAN_KIEU.getMaxY(), max);
        BufferedImage image = png(wms(BASE + "&LAYERS=zones&STYLES=&CRS=EPSG:3857&BBOX=" + min.x + "," + min.y + ","
                + max.x + "," + max.y + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE));

        Coordinate inside = new Coordinate();
        MapCrs.EPSG_3857.project(TAN_KIEU_LON, TAN_KIEU_LAT, inside);
        int x = (int) ((inside.x - min.x) / (max.x - min.x) * SIZE);
        int y = (int) ((max.y - inside.y) / (max.y - min.y) * SIZE);
        assertThat(hex(image.getRGB(x, y))).isEqualTo(hex(zoneFill("investment", "seeking_tenants")));
        assertThat(hex(image.getRGB(5, 5))).isEqualTo("#ffffff");
    }

    @Test
    void coloursTheZoneByEachStyleAsTheStylesSay() {
        int[] inside = pixel(AROUND_TAN_KIEU, SIZE, SIZE, TAN_KIEU_LON, TAN_KIEU_LAT);

        BufferedImage clearance = png(wms(getMap("zones", AROUND_TAN_KIEU, SIZE, SIZE).replace("STYLES=",
                "STYLES=clearance")));
        assertThat(hex(clearance.getRGB(inside[0], inside[1]))).isEqualTo(hex(zoneFill("clearance", "in_progress")));

        // Tân Kiều has no occupancy figures: the "no data" class, grey and hatched.
        BufferedImage occupancy = png(wms(getMap("zones", AROUND_TAN_KIEU, SIZE, SIZE).replace("STYLES=",
                "STYLES=occupancy")));
        StyleClass noData = styles.layer("zones").orElseThrow().themes().get("occupancy").noData();
        int grey = blend(noData.awtColor(), 0.55);
        int hatched = 0;
        int plain = 0;
        for (int dx = -8; dx < 8; dx++) {
            for (int dy = -8; dy < 8; dy++) {
                int rgb = occupancy.getRGB(inside[0] + dx, inside[1] + dy) & 0xffffff;
                plain += distance(rgb, grey) < 3 ? 1 : 0;
                hatched += new Color(rgb).getRed() < new Color(grey).getRed() - 20 ? 1 : 0;
            }
        }
        assertThat(plain).as("grey fill").isGreaterThan(100);
        assertThat(hatched).as("darker hatching").isGreaterThan(10);
    }

    @Test
    void leavesEmptyPixelsTransparentInPngWhenAskedAndPaintsTheBackgroundOtherwise() {
        String query = getMap("zones", AROUND_TAN_KIEU, SIZE, SIZE);
        int[] inside = pixel(AROUND_TAN_KIEU, SIZE, SIZE, TAN_KIEU_LON, TAN_KIEU_LAT);

        BufferedImage transparent = png(wms(query + "&TRANSPARENT=TRUE&BGCOLOR=0x336699"));
        assertThat(transparent.getColorModel().hasAlpha()).isTrue();
        assertThat(transparent.getRGB(5, 5) >>> 24).as("alpha of an empty pixel").isZero();
        assertThat(transparent.getRGB(inside[0], inside[1]) >>> 24).as("alpha of the zone").isBetween(130, 150);

        BufferedImage opaque = png(wms(query + "&TRANSPARENT=FALSE&BGCOLOR=0x336699"));
        assertThat(opaque.getRGB(5, 5) >>> 24).isEqualTo(255);
        assertThat(hex(opaque.getRGB(5, 5))).isEqualTo("#336699");

        assertThat(hex(png(wms(query)).getRGB(5, 5))).as("white by default").isEqualTo("#ffffff");
    }

    @Test
    void drawsJpegOpaqueEvenWhenTransparencyIsAsked() {
        String query = getMap("zones", AROUND_TAN_KIEU, 400, 300).replace("image/png", "image/jpeg");
        BufferedImage jpeg = image(wms(query + "&TRANSPARENT=TRUE&BGCOLOR=0x336699"), "image/jpeg");

        assertThat(jpeg.getColorModel().hasAlpha()).isFalse();
        assertThat(jpeg.getWidth()).isEqualTo(400);
        assertThat(jpeg.getHeight()).isEqualTo(300);
        assertThat(distance(jpeg.getRGB(5, 5), 0x336699)).as("background, give or take JPEG's loss").isLessThan(12);
    }

    @Test
    void labelsTheZoneByItsNameNearItsInteriorPoint() {
        Geometry tanKieu = GeoJsonGeometry.read(http().get("/api/zones/kcn-tan-kieu").json().path("geometry").toString());
        Coordinate anchor = InteriorPointArea.getInteriorPoint(tanKieu);
        int[] centre = pixel(AROUND_TAN_KIEU, SIZE, SIZE, anchor.x, anchor.y);
        Color text = Color.decode(styles.layer("zones").orElseThrow().label().color());

        BufferedImage image = png(wms(getMap("zones", AROUND_TAN_KIEU, SIZE, SIZE)));

        // The name is about 50 by 12 pixels; the zone's outline is farther out than this window.
        int inked = 0;
        for (int x = centre[0] - 30; x <= centre[0] + 30; x++) {
            for (int y = centre[1] - 8; y <= centre[1] + 8; y++) {
                inked += distance(image.getRGB(x, y), text.getRGB()) < 120 ? 1 : 0;
            }
        }
        assertThat(inked).as("pixels near the label colour around " + anchor).isGreaterThan(40);
        assertThat(hex(image.getRGB(centre[0], centre[1] - 20))).as("above the label")
                .isEqualTo(hex(zoneFill("investment", "seeking_tenants")));
    }

    @Test
    void drawsLotsOnlyAtTheScalesTheCapabilitiesAnnounce() {
        Envelope lots = new Envelope();
        for (JsonNode lot : http().get("/api/zones/kcn-thanh-loc/lots").json().path("features")) {
            lots.expandToInclude(GeoJsonGeometry.read(lot.path("geometry").toString()).getEnvelopeInternal());
        }
        // An image at 1:50,000, then one at 1:150,000, both centred on the lots.
        double metresPerDegree = 2 * Math.PI * 6378137 / 360;
        Envelope near = centred(lots, 512 * 0.00028 * 50_000 / metresPerDegree);
        Envelope far = centred(lots, 512 * 0.00028 * 150_000 / metresPerDegree);

        assertThat(drawnPixels(png(wms(getMap("lots", near, 512, 512) + "&TRANSPARENT=TRUE")))).isGreaterThan(500);
        assertThat(drawnPixels(png(wms(getMap("lots", far, 512, 512) + "&TRANSPARENT=TRUE")))).isZero();
    }

    @Test
    void answersAnAreaWithNothingInItWithABlankImage() {
        BufferedImage image = png(wms(getMap("zones,lots,districts", new Envelope(106.5, 106.6, 11.5, 11.6), 256, 256)
                + "&TRANSPARENT=TRUE"));

        assertThat(drawnPixels(image)).isZero();
    }

    @Test
    void acceptsImagesUpTo4096PixelsASide() {
        Envelope province = new Envelope(105.0, 106.0, 10.0, 11.0);

        BufferedImage largest = png(wms(getMap("zones", province, 4096, 4096)));

        assertThat(largest.getWidth()).isEqualTo(4096);
        assertThat(largest.getHeight()).isEqualTo(4096);
        assertRefused(getMap("zones", province, 4097, 256), "InvalidParameterValue", "WIDTH");
        assertRefused(getMap("zones", province, 256, 4097), "InvalidParameterValue", "HEIGHT");
    }

    @Test
    void readsParameterNamesInAnyCaseAndCodesAndFormatsInAnyCase() {
        Http.Response canonical = wms(getMap("zones", AROUND_TAN_KIEU, 300, 300));
        Http.Response relaxed = wms("service=wms&version=1.3.0&request=getmap&layers=ZONES&styles=INVESTMENT"
                + "&crs=epsg:4326&bbox=" + latLon(AROUND_TAN_KIEU) + "&width=300&Height=300&Format=IMAGE/PNG"
                + "&transparent=false&bgcolor=0xffffff");

        assertThat(relaxed.status()).as(relaxed.text()).isEqualTo(200);
        assertThat(relaxed.body()).isEqualTo(canonical.body());
    }

    @Test
    void servesARepeatedRequestFromTheCacheWithTheSameETagAndNotModified() {
        String query = getMap("zones", AROUND_TAN_KIEU, 320, 240);
        Http.Response first = wms(query);
        Http.Response second = wms(query);
        Http.Response conditional = http().get("/wms?" + query, Map.of("If-None-Match", first.etag()));

        assertThat(first.etag()).isNotNull();
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(conditional.status()).isEqualTo(304);
    }

    @Test
    void drawsTheErrorIntoTheImageOrLeavesItBlankWhenTheClientAsks() {
        String bad = getMap("zones", AROUND_TAN_KIEU, 300, 100).replace("STYLES=", "STYLES=nope");

        BufferedImage inImage = png(wms(bad + "&EXCEPTIONS=INIMAGE"));
        assertThat(inImage.getWidth()).isEqualTo(300);
        assertThat(drawnPixels(inImage)).as("the message").isGreaterThan(100);

        BufferedImage legacyName = png(wms(bad + "&EXCEPTIONS=application/vnd.ogc.se_inimage"));
        assertThat(pixels(legacyName)).isEqualTo(pixels(inImage));

        BufferedImage blank = png(wms(bad + "&EXCEPTIONS=BLANK&TRANSPARENT=TRUE"));
        assertThat(drawnPixels(blank)).isZero();

        assertRefused(bad.replace("WIDTH=300", "WIDTH=0") + "&EXCEPTIONS=INIMAGE", "InvalidParameterValue", "WIDTH");
    }

    /** The colour of a zone's fill over white: the class colour at the layer's opacity. */
    private int zoneFill(String theme, String value) {
        LayerStyle zones = styles.layer("zones").orElseThrow();
        return blend(zones.themes().get(theme).classify(value).awtColor(), zones.fillOpacity());
    }

    /** Pixels that are not fully transparent, or for an opaque image not white. */
    private static int drawnPixels(BufferedImage image) {
        int drawn = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int argb = image.getRGB(x, y);
                drawn += (image.getColorModel().hasAlpha() ? argb >>> 24 != 0 : (argb & 0xffffff) != 0xffffff) ? 1 : 0;
            }
        }
        return drawn;
    }

    private static Envelope centred(Envelope around, double size) {
        Coordinate centre = around.centre();
        return new Envelope(centre.x - size / 2, centre.x + size / 2, centre.y - size / 2, centre.y + size / 2);
    }
}
