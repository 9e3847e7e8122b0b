package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.quicktheories.core.Gen;

/**
 * Properties of generalisation over random valid multipolygons with holes (QuickTheories; a failure prints
 * the shrunk input and the seed to replay it): every band's boundary is valid, never empty, keeps every
 * part and hole, and lies within a pixel of the full one at the band's highest zoom; every zone is drawn, as its shape
 * or as a point inside it.
 */
class GeneralisationPropertiesTest {

    /** Fewer than the other property tests: each example simplifies up to three rings of 120 corners. */
    private static final int EXAMPLES = 200;
    /**
     * How far, in tolerances, a simplified ring may stray. Douglas–Peucker keeps every dropped vertex within
     * the tolerance of the chord that replaced it; JTS 1.20 (as the stores' simplifiers) then also drops a
     * ring's start vertex when it lies within the tolerance of its neighbours' chord, and the vertices
     * dropped beside it may then lie up to one tolerance more away (this test found 1.16). Two tolerances
     * is one pixel at the band's highest zoom.
     */
    private static final double MAX_SHIFT = 2;

    @Test
    void simplifiedBoundariesAreValidKeepTheirRingsAndStayWithinTheTolerance() {
        qt().withExamples(EXAMPLES).forAll(zones(), arbitrary().enumValues(Band.class)).checkAssert((zone, band) -> {
            MultiPolygon simplified = band.simplify(zone);
            assertThat(simplified.isValid()).isTrue();
            assertThat(simplified.isEmpty()).isFalse();
            assertThat(simplified.getNumGeometries()).isEqualTo(zone.getNumGeometries());
            for (int i = 0; i < zone.getNumGeometries(); i++) {
                assertThat(((Polygon) simplified.getGeometryN(i)).getNumInteriorRing())
                        .isEqualTo(((Polygon) zone.getGeometryN(i)).getNumInteriorRing());
            }
            assertThat(simplified.getNumPoints()).isLessThanOrEqualTo(zone.getNumPoints());
            assertThat(DiscreteHausdorffDistance.distance(zone, simplified))
                    .isLessThanOrEqualTo(MAX_SHIFT * band.tolerance() * (1 + 1e-9));
        });
    }

    @Test
    void everyZoneIsDrawnAsItsShapeOrAsAPointInsideIt() {
        qt().withExamples(EXAMPLES).forAll(zones(), integers().between(0, 20)).checkAssert((zone, zoom) -> {
            Generalisation detail = Generalisation.ofZoom(zoom);
            Geometry drawn = detail.zoneShape(detail.band().simplify(zone));
            if (drawn instanceof Point point) {
                assertThat(zone.buffer(detail.band().tolerance() * 1.01).contains(point)).isTrue();
            } else {
                assertThat(drawn.isEmpty()).isFalse();
                assertThat(drawn.getArea()).isPositive();
            }
        });
    }

    /** One to three disjoint star-shaped parts in Vietnam, 50 m to 10 km across, each with up to two holes. */
    private static Gen<MultiPolygon> zones() {
        return lists().of(parts()).ofSizeBetween(1, 3).map(parts -> {
            Polygon[] polygons = new Polygon[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                polygons[i] = parts.get(i).at(105 + 0.2 * i, 16);
            }
            return Wgs84.FACTORY.createMultiPolygon(polygons);
        });
    }

    private static Gen<Part> parts() {
        return doubles().between(0.0005, 0.05).zip(stars(8, 120), stars(8, 24), integers().between(0, 2), Part::new);
    }

    /**
     * Angles and relative radii, 0.5–1, of a star's corners, by angle: the i-th of n lies in the first nine
     * tenths of the i-th n-th of the circle, so with 8 or more corners none is more than a right angle from
     * the next.
     */
    private static Gen<List<double[]>> stars(int min, int max) {
        Gen<double[]> corner = doubles().fromZeroToOne().zip(doubles().between(0.5, 1),
                (jitter, radius) -> new double[] {jitter, radius});
        return lists().of(corner).ofSizeBetween(min, max).map(corners -> {
            List<double[]> star = new ArrayList<>();
            for (int i = 0; i < corners.size(); i++) {
                star.add(new double[] {2 * Math.PI * (i + 0.9 * corners.get(i)[0]) / corners.size(), corners.get(i)[1]});
            }
            return star;
        });
    }

    /**
     * A star of radius {@code radius} degrees. Its corners reach at least half the radius and lie at most a
     * right angle apart, so its edges keep at least 0.35 of the radius from the centre; its holes, stars of a
     * tenth of the radius within a quarter of it from the centre, never meet the shell or each other.
     */
    private record Part(double radius, List<double[]> shell, List<double[]> hole, int holes) {

        Polygon at(double lon, double lat) {
            LinearRing[] rings = new LinearRing[holes];
            for (int i = 0; i < holes; i++) {
                double offset = holes == 1 ? 0 : (i == 0 ? -0.15 : 0.15) * radius;
                rings[i] = ring(hole, lon + offset, lat, radius / 10);
            }
            return Wgs84.FACTORY.createPolygon(ring(shell, lon, lat, radius), rings);
        }

        private static LinearRing ring(List<double[]> corners, double lon, double lat, double radius) {
            Coordinate[] coordinates = new Coordinate[corners.size() + 1];
            for (int i = 0; i < corners.size(); i++) {
                double[] c = corners.get(i);
                coordinates[i] = new Coordinate(lon + radius * c[1] * Math.cos(c[0]), lat + radius * c[1] * Math.sin(c[0]));
            }
            coordinates[corners.size()] = coordinates[0];
            return Wgs84.FACTORY.createLinearRing(coordinates);
        }
    }
}
