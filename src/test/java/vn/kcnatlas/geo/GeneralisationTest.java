package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Which band serves which pixel size, what simplification keeps, and which zones are drawn as points. */
class GeneralisationTest {

    private static final WKTReader WKT = new WKTReader(Wgs84.FACTORY);

    @Test
    void tilesTakeTheBandMadeForTheirZoomAndFullBoundariesFromZoom14() {
        for (int z = 0; z <= 24; z++) {
            Band expected = z <= 7 ? Band.Z7 : z <= 10 ? Band.Z10 : z <= 13 ? Band.Z13 : Band.FULL;
            assertThat(Generalisation.ofZoom(z).band()).as("zoom %d", z).isEqualTo(expected);
        }
        assertThat(Generalisation.FULL.band()).isEqualTo(Band.FULL);
    }

    @Test
    void aMapImageTakesItsBandFromItsPixelSize() {
        // The whole country, 8° of longitude, 1,000 pixels wide: zoom 7.5 or so.
        assertThat(new Generalisation(8.0 / 1000).band()).isEqualTo(Band.Z10);
        // 20° across 1,000 pixels: zoom 6.2.
        assertThat(new Generalisation(20.0 / 1000).band()).isEqualTo(Band.Z7);
        // A zone, 0.05° across 800 pixels: zoom 14.9.
        assertThat(new Generalisation(0.05 / 800).band()).isEqualTo(Band.FULL);
    }

    @Test
    void eachBandsToleranceIsHalfAPixelAtItsHighestZoom() {
        assertThat(Band.Z7.tolerance()).isEqualTo(Generalisation.ofZoom(7).tolerance()).isEqualTo(0.0054931640625);
        assertThat(Band.Z10.tolerance()).isEqualTo(Generalisation.ofZoom(10).tolerance());
        assertThat(Band.Z13.tolerance()).isEqualTo(Generalisation.ofZoom(13).tolerance());
        assertThat(Band.FULL.tolerance()).isZero();
        assertThat(Band.Z13.lotColumn()).isEqualTo("boundary_z13");
        assertThat(Band.Z7.lotColumn()).as("lots keep only the band they are drawn from").isEqualTo("boundary_z13");
    }

    @Test
    void aPixelSizeIsAFiniteNumberOfDegrees() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Generalisation(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Generalisation(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new Generalisation(Double.POSITIVE_INFINITY));
    }

    @Test
    void aDetailedRingIsSimplifiedWithinTheToleranceAndKeepsItsHole() throws ParseException {
        MultiPolygon zone = multi(wavyRing(106.0, 10.8, 0.03, 400, 0.0005), wavyRing(106.0, 10.8, 0.01, 200, 0.0002));

        MultiPolygon simplified = Band.Z10.simplify(zone);

        assertThat(simplified.isValid()).isTrue();
        assertThat(simplified.getNumGeometries()).isEqualTo(1);
        assertThat(((Polygon) simplified.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(simplified.getNumPoints()).isLessThan(zone.getNumPoints() / 4);
        assertThat(DiscreteHausdorffDistance.distance(zone, simplified)).isLessThanOrEqualTo(Band.Z10.tolerance());
        assertThat(Band.FULL.simplify(zone)).isSameAs(zone);
    }

    @Test
    void aPartOrHoleSmallerThanTheToleranceIsKeptNotDropped() throws ParseException {
        // A 2 km square with a 10 m hole, and a sliver 5 m thick beside it: both far below zoom 7's 600 m.
        MultiPolygon zone = valid((MultiPolygon) WKT.read("MULTIPOLYGON (((106 10, 106.02 10, 106.02 10.02, 106 10.02,"
                + " 106 10), (106.01 10.01, 106.0101 10.01, 106.0101 10.0101, 106.01 10.0101, 106.01 10.01)),"
                + " ((106.05 10, 106.06 10, 106.055 10.00005, 106.05 10)))"));

        for (Band band : Band.values()) {
            MultiPolygon simplified = band.simplify(zone);
            assertThat(simplified.isValid()).as("%s", band).isTrue();
            assertThat(simplified.getNumGeometries()).as("%s", band).isEqualTo(2);
            assertThat(((Polygon) simplified.getGeometryN(0)).getNumInteriorRing()).as("%s", band).isEqualTo(1);
            assertThat(simplified.getGeometryN(1).getArea()).as("%s", band).isPositive();
        }
    }

    @Test
    void aZoneSmallerOnScreenThanItsPinIsDrawnAsAPointInsideIt() throws ParseException {
        MultiPolygon zone = multi(wavyRing(106.0, 10.8, 0.02, 60, 0.001), null);
        // About 0.04° across: 3 pixels at zoom 6, 480 at zoom 11.
        Generalisation national = Generalisation.ofZoom(6);
        Generalisation province = Generalisation.ofZoom(11);

        Geometry pinned = national.zoneShape(zone);
        assertThat(pinned).isInstanceOf(Point.class);
        assertThat(zone.contains(pinned)).isTrue();
        assertThat(province.zoneShape(zone)).isSameAs(zone);
        assertThat(Generalisation.FULL.zoneShape(zone)).isSameAs(zone);
        double across = Math.max(zone.getEnvelopeInternal().getWidth(), zone.getEnvelopeInternal().getHeight());
        assertThat(new Generalisation(across / Generalisation.MIN_SHAPE_PIXELS * 1.001).zoneShape(zone))
                .isInstanceOf(Point.class);
        assertThat(new Generalisation(across / Generalisation.MIN_SHAPE_PIXELS).zoneShape(zone)).isSameAs(zone);
    }

    /** A ring around a centre whose radius wobbles by {@code wobble} degrees, {@code vertices} corners. */
    static String wavyRing(double lon, double lat, double radius, int vertices, double wobble) {
        StringBuilder ring = new StringBuilder("(");
        for (int i = 0; i <= vertices; i++) {
            double angle = 2 * Math.PI * (i % vertices) / vertices;
            double r = radius + wobble * Math.sin(17 * angle);
            ring.append(i == 0 ? "" : ", ").append(lon + r * Math.cos(angle)).append(' ').append(lat + r * Math.sin(angle));
        }
        return ring.append(')').toString();
    }

    private static MultiPolygon multi(String shell, String hole) throws ParseException {
        return (MultiPolygon) WKT.read("MULTIPOLYGON ((" + shell + (hole == null ? "" : ", " + hole) + "))");
    }

    private static MultiPolygon valid(MultiPolygon geometry) {
        assertThat(geometry.isValid()).as("the test's own input is valid").isTrue();
        return geometry;
    }
}
