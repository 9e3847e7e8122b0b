package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class PolygonCheckTest {

    @Test
    void validPolygonHasNoProblems() {
        assertThat(PolygonCheck.problems(square(105.6, 10.5, 0.01))).isEmpty();
    }

    @Test
    void validMultiPolygonHasNoProblems() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createMultiPolygon(new Polygon[] {square(105.6, 10.5, 0.01),
            square(105.7, 10.5, 0.01)}))).isEmpty();
    }

    @Test
    void polygonWithHoleIsValid() {
        assertThat(PolygonCheck.problems(withHole())).isEmpty();
    }

    @Test
    void bowTieIsASelfIntersectionAtTheCrossing() {
        Polygon bowTie = polygon(105, 10, 106, 11, 106, 10, 105, 11, 105, 10);
        assertThat(PolygonCheck.problems(bowTie))
                .containsExactly("geometry is invalid: self-intersection at (105.500000, 10.500000)");
    }

    @Test
    void overlappingPartsOfAMultiPolygonAreInvalid() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createMultiPolygon(new Polygon[] {square(105.6, 10.5, 0.02),
            square(105.61, 10.51, 0.02)}))).singleElement().asString().startsWith("geometry is invalid:");
    }

    @Test
    void holeOutsideItsShellIsInvalid() {
        LinearRing shell = square(105.6, 10.5, 0.01).getExteriorRing();
        LinearRing hole = square(105.7, 10.5, 0.01).getExteriorRing();
        Polygon polygon = Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole});
        assertThat(PolygonCheck.problems(polygon)).singleElement().asString().startsWith("geometry is invalid:");
    }

    @Test
    void lineStringIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createLineString(new Coordinate[] {new Coordinate(105, 10),
            new Coordinate(106, 11)}))).containsExactly("geometry must be a Polygon or MultiPolygon, got a LineString");
    }

    @Test
    void pointIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createPoint(new Coordinate(105, 10))))
                .containsExactly("geometry must be a Polygon or MultiPolygon, got a Point");
    }

    @Test
    void geometryCollectionIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createGeometryCollection(
                new org.locationtech.jts.geom.Geometry[] {square(105.6, 10.5, 0.01)})))
                .containsExactly("geometry must be a Polygon or MultiPolygon, got a GeometryCollection");
    }

    @Test
    void emptyPolygonIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createPolygon())).containsExactly("geometry is empty");
    }

    @Test
    void emptyMultiPolygonIsRefused() {
        assertThat(PolygonCheck.problems(Wgs84.FACTORY.createMultiPolygon())).containsExactly("geometry is empty");
    }

    @Test
    void projectedCoordinatesAreOutsideVietnamWithACrsHint() {
        Polygon utm = polygon(589000, 1162000, 590000, 1162000, 590000, 1163000, 589000, 1162000);
        assertThat(PolygonCheck.problems(utm)).singleElement().asString()
                .startsWith("coordinate (589000.000000, 1162000.000000) is outside Vietnam")
                .contains("longitude 102–118°E", "latitude 6–24°N", "another CRS than EPSG:4326 / CRS84",
                        "latitude and longitude swapped");
    }

    @Test
    void swappedLatitudeAndLongitudeAreOutsideVietnam() {
        Polygon swapped = polygon(10.5, 105.6, 10.5, 105.7, 10.6, 105.7, 10.5, 105.6);
        assertThat(PolygonCheck.problems(swapped)).singleElement().asString()
                .startsWith("coordinate (10.500000, 105.600000) is outside Vietnam")
                .contains("latitude and longitude swapped");
    }

    @Test
    void onlyTheFirstCoordinateOutsideIsNamed() {
        Polygon partly = polygon(105, 10, 130, 10, 130, 30, 105, 10);
        assertThat(PolygonCheck.problems(partly)).singleElement().asString()
                .startsWith("coordinate (130.000000, 10.000000) is outside Vietnam");
    }

    @Test
    void outsideVietnamIsReportedBeforeValidity() {
        Polygon bowTieElsewhere = polygon(0, 0, 1, 1, 1, 0, 0, 1, 0, 0);
        assertThat(PolygonCheck.problems(bowTieElsewhere)).singleElement().asString().contains("outside Vietnam");
    }

    @Test
    void islandsAtTheEdgeOfTheEnvelopeAreInside() {
        // Spratly and Paracel islands lie near the eastern edge; Hà Giang near the northern one.
        assertThat(PolygonCheck.problems(square(114.3, 8.6, 0.01))).isEmpty();
        assertThat(PolygonCheck.problems(square(112.3, 16.5, 0.01))).isEmpty();
        assertThat(PolygonCheck.problems(square(105.3, 23.3, 0.01))).isEmpty();
    }

    @Test
    void zeroAreaPolygonIsRefused() {
        Polygon flat = polygon(105, 10, 106, 10, 107, 10, 105, 10);
        assertThat(PolygonCheck.problems(flat)).singleElement().asString().startsWith("geometry is invalid:");
    }

    @Test
    void collapsedRingIsRefused() {
        Polygon collapsed = polygon(105, 10, 106, 10, 105, 10, 105, 10);
        assertThat(PolygonCheck.problems(collapsed))
                .containsExactly("geometry is invalid: too few distinct points in geometry component at"
                        + " (105.000000, 10.000000)");
    }

    @Test
    void formatWritesSixDecimalsWithAPoint() {
        assertThat(PolygonCheck.format(new Coordinate(105.1234567, -9.5))).isEqualTo("(105.123457, -9.500000)");
    }

    private static Polygon square(double west, double south, double side) {
        return polygon(west, south, west + side, south, west + side, south + side, west, south + side, west, south);
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
