package vn.kcnatlas.geo.check;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.Wgs84;

/** Rectangles in longitude/latitude for the rule tests, with their areas measured independently. */
final class Boxes {

    /** Metres in a degree of latitude near 10.5°N, to place edges a given distance apart. */
    static final double METRES_PER_DEGREE_LAT = 110_610;

    private Boxes() {
    }

    static MultiPolygon box(double west, double south, double east, double north) {
        return Wgs84.toMultiPolygon(Wgs84.FACTORY.toGeometry(new Envelope(west, east, south, north)));
    }

    static Polygon polygon(double... xy) {
        Coordinate[] coordinates = new Coordinate[xy.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return Wgs84.FACTORY.createPolygon(coordinates);
    }

    static double hectares(double west, double south, double east, double north) {
        return GeodesicArea.hectares(box(west, south, east, north));
    }

    /** Degrees of latitude in {@code metres}. */
    static double north(double metres) {
        return metres / METRES_PER_DEGREE_LAT;
    }
}
