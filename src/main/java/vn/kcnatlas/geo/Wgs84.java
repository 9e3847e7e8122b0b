package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Geometries as KCN Atlas stores them: longitude/latitude on WGS 84, SRID 4326. */
public final class Wgs84 {

    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Wgs84() {
    }

    /**
     * The polygonal geometry as a MultiPolygon with SRID 4326, which is what every boundary column holds.
     *
     * @throws IllegalArgumentException if the geometry is not a Polygon or MultiPolygon
     */
    public static MultiPolygon toMultiPolygon(Geometry geometry) {
        MultiPolygon multi = switch (geometry) {
            case MultiPolygon m -> (MultiPolygon) FACTORY.createGeometry(m);
            case Polygon p -> FACTORY.createMultiPolygon(new Polygon[] {(Polygon) FACTORY.createGeometry(p)});
            default -> throw new IllegalArgumentException(
                    "expected a Polygon or MultiPolygon, got a " + geometry.getGeometryType());
        };
        multi.setSRID(SRID);
        return multi;
    }
}
