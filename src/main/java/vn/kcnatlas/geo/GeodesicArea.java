package vn.kcnatlas.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Areas measured on the WGS 84 ellipsoid, as a surveyor would, not in square degrees. */
public final class GeodesicArea {

    private static final double SQUARE_METRES_PER_HECTARE = 10_000;

    private GeodesicArea() {
    }

    /** The area of a polygonal geometry in hectares: exteriors minus holes. */
    public static double hectares(Geometry geometry) {
        double squareMetres = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                squareMetres += ringArea(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    squareMetres -= ringArea(polygon.getInteriorRingN(h));
                }
            }
        }
        return squareMetres / SQUARE_METRES_PER_HECTARE;
    }

    private static double ringArea(LinearRing ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] coordinates = ring.getCoordinates();
        // The ring repeats its first point at the end; PolygonArea closes the ring itself.
        for (int i = 0; i < coordinates.length - 1; i++) {
            area.AddPoint(coordinates[i].y, coordinates[i].x);
        }
        return Math.abs(area.Compute(false, true).area);
    }
}
