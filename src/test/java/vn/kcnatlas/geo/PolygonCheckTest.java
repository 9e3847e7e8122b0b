package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class PolygonCheckTest {

    @Test
    void validPolygonHasNoProblems() {
        assertThat(check(square(105.6, 10.5, 0.01))).isEmpty();
    }

    @Test
    void validMultiPolygonHasNoProblems() {
        assertThat(check(multi(square(105.6, 10.5, 0.01), square(105.7, 10.5, 0.01)))).isEmpty();
    }

    @Test
    void polygonWithHoleIsValid() {
        assertThat(check(withHole())).isEmpty();
    }

    @Test
    void bowTieIsASelfIntersectionAtTheCrossing() {
        Polygon bowTie = polygon(105, 10, 106, 11, 106, 10, 105, 11, 105, 10);
        assertThat(check(bowTie)).containsExactly(new GeometryProblem(ProblemCode.SELF_INTERSECTION,
                "self-intersection at [105.5, 10.5] in ring /coordinates/0", "/coordinates/0", new LonLat(105.5, 10.5)));
    }

    @Test
    void selfIntersectionAtAVertexPointsAtThatVertex() {
        // The ring comes back through its second vertex and so touches itself there: an inverted hole.
        Polygon touching = polygon(105, 10, 105.5, 10, 106, 10, 106, 11, 105.5, 10, 105, 11, 105, 10);
        assertThat(check(touching)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.SELF_INTERSECTION);
            assertThat(p.pointer()).isEqualTo("/coordinates/0/1");
            assertThat(p.at()).isEqualTo(new LonLat(105.5, 10));
        });
    }

    @Test
    void overlappingPartsOfAMultiPolygonCrossEachOther() {
        assertThat(check(multi(square(105.6, 10.5, 0.02), square(105.61, 10.51, 0.02)))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.SELF_INTERSECTION);
                    assertThat(p.message()).startsWith("ring /coordinates/0/0 crosses ring /coordinates/1/0 at ");
                });
    }

    @Test
    void polygonInsideAnotherOfTheMultiPolygonIsANestedShell() {
        assertThat(check(multi(square(105.6, 10.5, 0.02), square(105.605, 10.505, 0.01)))).containsExactly(
                new GeometryProblem(ProblemCode.NESTED_SHELLS, "polygon /coordinates/1 lies inside another polygon of"
                        + " the MultiPolygon, at [105.605, 10.505]; write it as a hole of that polygon, or leave it out",
                        "/coordinates/1", new LonLat(105.605, 10.505)));
    }

    @Test
    void partsTouchingAtAPointAreValid() {
        assertThat(check(multi(square(105.6, 10.5, 0.01), square(105.61, 10.51, 0.01)))).isEmpty();
    }

    @Test
    void holeOutsideItsShellNamesTheHole() {
        LinearRing shell = square(105.6, 10.5, 0.01).getExteriorRing();
        LinearRing hole = square(105.7, 10.5, 0.01).getExteriorRing();
        Polygon polygon = Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole});
        assertThat(check(polygon)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.HOLE_OUTSIDE_SHELL);
            assertThat(p.pointer()).isEqualTo("/coordinates/1");
            assertThat(p.message()).isEqualTo("hole /coordinates/1 lies outside its polygon's shell, at " + p.at());
            assertThat(hole.getCoordinateSequence().toCoordinateArray()).contains(new Coordinate(p.at().lon(),
                    p.at().lat()));
        });
    }

    @Test
    void holeTouchingTheShellAtOnePointIsValid() {
        LinearRing shell = square(105.6, 10.5, 0.02).getExteriorRing();
        LinearRing hole = polygon(105.6, 10.51, 105.61, 10.505, 105.61, 10.515, 105.6, 10.51).getExteriorRing();
        assertThat(check(Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole}))).isEmpty();
    }

    @Test
    void holeCuttingThePolygonInTwoDisconnectsItsInterior() {
        // Binary fractions, so the diamond's tips lie exactly on the shell's west and east sides.
        LinearRing shell = square(105.5, 10.5, 0.25).getExteriorRing();
        LinearRing hole = polygon(105.5, 10.625, 105.625, 10.5625, 105.75, 10.625, 105.625, 10.6875, 105.5, 10.625)
                .getExteriorRing();
        assertThat(check(Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole}))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.DISCONNECTED_INTERIOR);
                    assertThat(p.message()).startsWith("holes touch the shell or each other at ");
                });
    }

    @Test
    void holeInsideAHoleIsNested() {
        LinearRing shell = square(105.6, 10.5, 0.04).getExteriorRing();
        LinearRing outer = square(105.61, 10.51, 0.02).getExteriorRing();
        LinearRing inner = square(105.615, 10.515, 0.005).getExteriorRing();
        assertThat(check(Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {outer, inner}))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.NESTED_HOLES);
                    assertThat(p.pointer()).isEqualTo("/coordinates/2");
                });
    }

    @Test
    void duplicateConsecutivePositionsAreFine() {
        assertThat(check(polygon(105.6, 10.5, 105.61, 10.5, 105.61, 10.5, 105.61, 10.51, 105.6, 10.51, 105.6, 10.5)))
                .isEmpty();
    }

    @Test
    void lineStringIsRefused() {
        assertThat(check(Wgs84.FACTORY.createLineString(new Coordinate[] {new Coordinate(105, 10),
            new Coordinate(106, 11)}))).containsExactly(new GeometryProblem(ProblemCode.WRONG_TYPE,
                    "a zone boundary must be a Polygon or MultiPolygon, got a LineString", "/type", null));
    }

    @Test
    void pointIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createPoint(new Coordinate(105, 10)), BoundaryKind.LOT))
                .containsExactly("a lot boundary must be a Polygon or MultiPolygon, got a Point");
    }

    @Test
    void geometryCollectionIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createGeometryCollection(new Geometry[] {square(105.6, 10.5,
            0.01)}), BoundaryKind.ZONE)).containsExactly(
                    "a zone boundary must be a Polygon or MultiPolygon, got a GeometryCollection");
    }

    @Test
    void emptyPolygonIsRefused() {
        assertThat(check(Wgs84.FACTORY.createPolygon())).containsExactly(new GeometryProblem(ProblemCode.EMPTY,
                "the geometry is empty", "/coordinates", null));
    }

    @Test
    void emptyMultiPolygonIsRefused() {
        assertThat(check(Wgs84.FACTORY.createMultiPolygon())).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.EMPTY);
    }

    @Test
    void emptyPartOfAMultiPolygonIsRefused() {
        assertThat(check(multi(square(105.6, 10.5, 0.01), Wgs84.FACTORY.createPolygon()))).containsExactly(
                new GeometryProblem(ProblemCode.EMPTY, "polygon /coordinates/1 is empty", "/coordinates/1", null));
    }

    @Test
    void nonFiniteCoordinatesFromABinaryFormatAreRefused() {
        Polygon nan = polygon(105.6, 10.5, 105.7, Double.NaN, 105.7, 10.6, 105.6, 10.5);
        assertThat(check(nan)).containsExactly(new GeometryProblem(ProblemCode.NOT_FINITE,
                "position /coordinates/0/1 is not a finite number pair", "/coordinates/0/1", null));
    }

    @Test
    void tooManyVerticesForTheKindIsRefused() {
        Polygon dense = circle(105.6, 10.5, 0.01, BoundaryKind.LOT.maxVertices() + 1);
        assertThat(PolygonCheck.check(dense, BoundaryKind.ZONE)).isEmpty();
        assertThat(PolygonCheck.check(dense, BoundaryKind.LOT)).containsExactly(GeometryProblem.of(
                ProblemCode.TOO_MANY_VERTICES, "the geometry has 10,001 positions; a lot boundary may have at most"
                        + " 10,000: simplify it"));
    }

    @Test
    void projectedCoordinatesAreOutsideVietnamWithACrsHint() {
        Polygon utm = polygon(589000, 1162000, 590000, 1162000, 590000, 1163000, 589000, 1162000);
        assertThat(check(utm)).containsExactly(new GeometryProblem(ProblemCode.OUTSIDE_VIETNAM,
                "position /coordinates/0/0 [589000, 1162000] is outside Vietnam (longitude 102–118°E, latitude"
                        + " 6–24°N): the coordinates may be in another CRS than EPSG:4326 / CRS84 (metres?), or have"
                        + " latitude and longitude swapped", "/coordinates/0/0", new LonLat(589000, 1162000)));
    }

    @Test
    void swappedLatitudeAndLongitudeAreNamedAsSuch() {
        Polygon swapped = polygon(10.5, 105.6, 10.5, 105.7, 10.6, 105.7, 10.5, 105.6);
        assertThat(check(swapped)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.OUTSIDE_VIETNAM);
            assertThat(p.pointer()).isEqualTo("/coordinates/0/0");
            assertThat(p.at()).isEqualTo(new LonLat(10.5, 105.6));
            assertThat(p.message()).endsWith("latitude and longitude look swapped: GeoJSON puts longitude first");
        });
    }

    @Test
    void onlyTheFirstCoordinateOutsideIsNamed() {
        Polygon partly = polygon(105, 10, 130, 10, 130, 30, 105, 10);
        assertThat(check(partly)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/coordinates/0/1");
            assertThat(p.at()).isEqualTo(new LonLat(130, 10));
        });
    }

    @Test
    void positionOfAHoleInAMultiPolygonIsPointedAt() {
        LinearRing shell = square(105.6, 10.5, 0.02).getExteriorRing();
        LinearRing hole = polygon(105.605, 10.505, 105.61, 10.505, 105.61, 40, 105.605, 10.505).getExteriorRing();
        Polygon holed = Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole});
        assertThat(check(multi(square(105.7, 10.5, 0.01), holed))).singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo("/coordinates/1/1/2"));
    }

    @Test
    void antimeridianWrapIsOutsideVietnam() {
        Polygon wrapped = polygon(179.9, 10, -179.9, 10, -179.9, 10.1, 179.9, 10);
        assertThat(check(wrapped)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.OUTSIDE_VIETNAM);
            assertThat(p.pointer()).isEqualTo("/coordinates/0/0");
        });
    }

    @Test
    void outsideVietnamIsReportedBeforeValidity() {
        Polygon bowTieElsewhere = polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0);
        assertThat(check(bowTieElsewhere)).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.OUTSIDE_VIETNAM);
    }

    @Test
    void islandsAtTheEdgeOfTheEnvelopeAreInside() {
        // Spratly and Paracel islands lie near the eastern edge; Hà Giang near the northern one.
        assertThat(check(square(114.3, 8.6, 0.01))).isEmpty();
        assertThat(check(square(112.3, 16.5, 0.01))).isEmpty();
        assertThat(check(square(105.3, 23.3, 0.01))).isEmpty();
    }

    @Test
    void zeroAreaPolygonIsASelfIntersection() {
        Polygon flat = polygon(105, 10, 106, 10, 107, 10, 105, 10);
        assertThat(check(flat)).extracting(GeometryProblem::code).containsExactly(ProblemCode.SELF_INTERSECTION);
    }

    @Test
    void collapsedRingHasTooFewPoints() {
        Polygon collapsed = polygon(105, 10, 106, 10, 105, 10, 105, 10);
        assertThat(check(collapsed)).containsExactly(new GeometryProblem(ProblemCode.TOO_FEW_POINTS,
                "ring /coordinates/0 has fewer than 3 distinct positions: it is a line or a point, not an area (near"
                        + " [105, 10])", "/coordinates/0", new LonLat(105, 10)));
    }

    private static List<GeometryProblem> check(Geometry geometry) {
        return PolygonCheck.check(geometry, BoundaryKind.ZONE);
    }

    static Polygon square(double west, double south, double side) {
        return polygon(west, south, west + side, south, west + side, south + side, west, south + side, west, south);
    }

    static Geometry multi(Polygon... polygons) {
        return Wgs84.FACTORY.createMultiPolygon(polygons);
    }

    /** A regular polygon of {@code positions} positions, the last closing it. */
    static Polygon circle(double lon, double lat, double radius, int positions) {
        Coordinate[] ring = new Coordinate[positions];
        for (int i = 0; i < positions - 1; i++) {
            double angle = 2 * Math.PI * i / (positions - 1);
            ring[i] = new Coordinate(lon + radius * Math.cos(angle), lat + radius * Math.sin(angle));
        }
        ring[positions - 1] = ring[0].copy();
        return Wgs84.FACTORY.createPolygon(ring);
    }

    private static Polygon withHole() {
        LinearRing shell = square(105.6, 10.5, 0.02).getExteriorRing();
        LinearRing hole = square(105.605, 10.505, 0.01).getExteriorRing();
        return Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole});
    }

    static Polygon polygon(double... xy) {
        Coordinate[] coordinates = new Coordinate[xy.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return Wgs84.FACTORY.createPolygon(coordinates);
    }
}
