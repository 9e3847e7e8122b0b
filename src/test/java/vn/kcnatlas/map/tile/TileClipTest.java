package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class TileClipTest {

    private static final Envelope BOX = new Envelope(0, 10, 0, 10);
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void keepsAGeometryInsideTheBoxAsItIs() {
        Geometry inside = wkt("POLYGON ((1 1, 9 1, 9 9, 1 9, 1 1))");

        assertThat(TileClip.clip(inside, BOX)).isSameAs(inside);
    }

    @Test
    void cutsAPolygonCrossingAnEdgeAtThatEdge() {
        Geometry clipped = TileClip.clip(wkt("POLYGON ((5 2, 15 2, 15 8, 5 8, 5 2))"), BOX);

        assertThat(clipped.getEnvelopeInternal()).isEqualTo(new Envelope(5, 10, 2, 8));
        assertThat(clipped.getArea()).isEqualTo(30.0);
    }

    @Test
    void leavesTheBoxWhenThePolygonCoversIt() {
        Geometry clipped = TileClip.clip(wkt("POLYGON ((-5 -5, 20 -5, 20 20, -5 20, -5 -5))"), BOX);

        assertThat(clipped.getArea()).isEqualTo(100.0);
        assertThat(clipped.getEnvelopeInternal()).isEqualTo(BOX);
    }

    @Test
    void clipsHolesAndDropsThoseOutside() {
        Polygon clipped = (Polygon) TileClip.clip(wkt("POLYGON ((-10 -10, 30 -10, 30 30, -10 30, -10 -10),"
                + " (8 4, 12 4, 12 6, 8 6, 8 4), (20 20, 25 20, 25 25, 20 25, 20 20))"), BOX);

        assertThat(clipped.getNumInteriorRing()).isOne();
        assertThat(clipped.getArea()).isEqualTo(100.0 - 4.0);
    }

    @Test
    void keepsBothArmsOfAConcavePolygonThatLeavesAndReentersTheBox() {
        Geometry u = wkt("POLYGON ((1 5, 3 5, 3 -5, 7 -5, 7 5, 9 5, 9 -8, 1 -8, 1 5))");

        Geometry clipped = TileClip.clip(u, BOX);

        assertThat(clipped.getArea()).isCloseTo(u.intersection(FACTORY.toGeometry(BOX)).getArea(), within(1e-9));
        assertThat(clipped.getArea()).isEqualTo(20.0);
    }

    @Test
    void dropsPartsOfAMultiPolygonOutsideTheBox() {
        Geometry clipped = TileClip.clip(wkt("MULTIPOLYGON (((1 1, 4 1, 4 4, 1 4, 1 1)), ((20 20, 24 20, 24 24, 20 24, 20 20)))"),
                BOX);

        assertThat(clipped).isInstanceOf(Polygon.class);
        assertThat(clipped.getArea()).isEqualTo(9.0);
    }

    @Test
    void leavesNothingOfAPolygonWhoseEnvelopeMeetsTheBoxButNotItsArea() {
        Geometry triangle = wkt("POLYGON ((9.5 12, 20 -1, 20 12, 9.5 12))");
        assertThat(triangle.getEnvelopeInternal().intersects(BOX)).isTrue();

        assertThat(TileClip.clip(triangle, BOX).isEmpty()).isTrue();
    }

    @Test
    void keepsOnlyThePointsInsideTheBox() {
        assertThat(TileClip.clip(wkt("POINT (3 3)"), BOX)).isEqualTo(wkt("POINT (3 3)"));
        assertThat(TileClip.clip(wkt("POINT (13 3)"), BOX).isEmpty()).isTrue();
        assertThat(TileClip.clip(wkt("MULTIPOINT ((3 3), (13 3), (4 4))"), BOX)).isEqualTo(wkt("MULTIPOINT ((3 3), (4 4))"));
    }

    @Test
    void cutsLinesAtTheBox() {
        Geometry clipped = TileClip.clip(wkt("LINESTRING (-5 5, 15 5)"), BOX);

        assertThat(clipped.getLength()).isEqualTo(10.0);
    }

    /** Random star-shaped polygons, some concave, across every edge and corner: the clip's area is the overlay's. */
    @Test
    void coversTheSameAreaAsTheGeneralOverlay() {
        Random random = new Random(42);
        Geometry box = FACTORY.toGeometry(BOX);
        for (int n = 0; n < 500; n++) {
            Polygon star = star(random, new Coordinate(-5 + 20 * random.nextDouble(), -5 + 20 * random.nextDouble()));
            Geometry clipped = TileClip.clip(star, BOX);

            assertThat(clipped.getArea()).as("polygon %s", star).isCloseTo(star.intersection(box).getArea(),
                    within(1e-9));
            assertThat(clipped.isEmpty() || BOX.covers(clipped.getEnvelopeInternal())).as("polygon %s", star).isTrue();
        }
    }

    private static Polygon star(Random random, Coordinate centre) {
        int points = 3 + random.nextInt(12);
        Coordinate[] ring = new Coordinate[points + 1];
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * i / points;
            double radius = 1 + 8 * random.nextDouble();
            ring[i] = new Coordinate(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
        }
        ring[points] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
