package vn.kcnatlas.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeodesicAreaTest {

    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);

    @Test
    void kilometreSquareNearTenNorthIsOneHundredHectares() {
        assertThat(GeodesicArea.hectares(metricSquare(105.8, 10.5, 1000))).isCloseTo(100.0, withinPercentage(0.5));
    }

    @Test
    void kilometreSquareIsMeasuredOnTheEllipsoidNotTheSphere() {
        // On a sphere of the mean radius (6371.0088 km) this lon/lat box measures about 100.41 ha; on the
        // ellipsoid it is 100 ha to well under 0.05%.
        assertThat(GeodesicArea.hectares(metricSquare(105.8, 10.5, 1000))).isCloseTo(100.0, withinPercentage(0.05));
    }

    @Test
    void areaScalesWithTheSquareOfTheSide() {
        assertThat(GeodesicArea.hectares(metricSquare(105.8, 10.5, 100))).isCloseTo(1.0, withinPercentage(0.05));
        assertThat(GeodesicArea.hectares(metricSquare(105.8, 10.5, 3000))).isCloseTo(900.0, withinPercentage(0.05));
    }

    @Test
    void sameDegreeBoxIsSmallerFurtherNorth() {
        double atEquator = GeodesicArea.hectares(degreeBox(105.0, 0.0, 0.01));
        double atTwentyNorth = GeodesicArea.hectares(degreeBox(105.0, 20.0, 0.01));
        assertThat(atTwentyNorth / atEquator).isCloseTo(Math.cos(Math.toRadians(20.005)), within(0.005));
    }

    @Test
    void holeIsSubtracted() {
        Polygon shell = metricSquare(105.8, 10.5, 1000);
        Polygon hole = metricSquare(105.8, 10.5, 500);
        Polygon withHole = Wgs84.FACTORY.createPolygon(shell.getExteriorRing(),
                new LinearRing[] {hole.getExteriorRing()});
        assertThat(GeodesicArea.hectares(withHole)).isCloseTo(75.0, withinPercentage(0.05));
    }

    @Test
    void multiPolygonIsTheSumOfItsParts() {
        Polygon first = metricSquare(105.8, 10.5, 1000);
        Polygon second = metricSquare(105.9, 10.5, 2000);
        double sum = GeodesicArea.hectares(Wgs84.FACTORY.createMultiPolygon(new Polygon[] {first, second}));
        assertThat(sum).isCloseTo(GeodesicArea.hectares(first) + GeodesicArea.hectares(second), within(1e-9))
                .isCloseTo(500.0, withinPercentage(0.05));
    }

    @Test
    void ringOrientationDoesNotMatter() {
        Polygon counterClockwise = metricSquare(105.8, 10.5, 1000);
        Polygon clockwise = counterClockwise.reverse();
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(clockwise.getExteriorRing().getCoordinates()))
                .isFalse();
        assertThat(GeodesicArea.hectares(clockwise)).isCloseTo(GeodesicArea.hectares(counterClockwise),
                within(1e-9));
    }

    @Test
    void holeOrientationDoesNotMatter() {
        LinearRing shell = metricSquare(105.8, 10.5, 1000).getExteriorRing();
        LinearRing hole = metricSquare(105.8, 10.5, 500).getExteriorRing();
        Polygon sameWay = Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole});
        Polygon otherWay = Wgs84.FACTORY.createPolygon(shell, new LinearRing[] {hole.reverse()});
        assertThat(GeodesicArea.hectares(otherWay)).isCloseTo(GeodesicArea.hectares(sameWay), within(1e-9));
    }

    @Test
    void startingPointOfTheRingDoesNotMatter() {
        Polygon a = PolygonCheckTest.polygon(105, 10, 105.01, 10, 105.01, 10.01, 105, 10.01, 105, 10);
        Polygon b = PolygonCheckTest.polygon(105.01, 10.01, 105, 10.01, 105, 10, 105.01, 10, 105.01, 10.01);
        assertThat(GeodesicArea.hectares(b)).isCloseTo(GeodesicArea.hectares(a), within(1e-9));
    }

    @Test
    void nonPolygonalGeometriesHaveNoArea() {
        assertThat(GeodesicArea.hectares(Wgs84.FACTORY.createPoint(new Coordinate(105, 10)))).isZero();
        assertThat(GeodesicArea.hectares(metricSquare(105.8, 10.5, 1000).getExteriorRing())).isZero();
    }

    @Test
    void emptyPolygonHasNoArea() {
        assertThat(GeodesicArea.hectares(Wgs84.FACTORY.createPolygon())).isZero();
        assertThat(GeodesicArea.hectares(Wgs84.FACTORY.createMultiPolygon())).isZero();
    }

    /**
     * A square of the given side in metres centred on a point, its corners placed with the WGS 84 radii of
     * curvature (not with the code under test).
     */
    private static Polygon metricSquare(double lon, double lat, double side) {
        double phi = Math.toRadians(lat);
        double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double meridional = A * (1 - E2) / (w * w * w);
        double primeVertical = A / w;
        double dLat = Math.toDegrees(side / 2 / meridional);
        double dLon = Math.toDegrees(side / 2 / (primeVertical * Math.cos(phi)));
        return PolygonCheckTest.polygon(lon - dLon, lat - dLat, lon + dLon, lat - dLat, lon + dLon, lat + dLat,
                lon - dLon, lat + dLat, lon - dLon, lat - dLat);
    }

    private static Polygon degreeBox(double west, double south, double side) {
        return PolygonCheckTest.polygon(west, south, west + side, south, west + side, south + side, west,
                south + side, west, south);
    }
}
