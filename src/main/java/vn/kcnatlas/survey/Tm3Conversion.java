package vn.kcnatlas.survey;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

import vn.kcnatlas.geo.Vn2000Tm3;

/**
 * VN-2000 TM-3 positions of one zone to WGS 84 longitude/latitude and back, by proj4j with the zone's
 * seven-parameter datum shift. Not for sharing between threads: make one per file.
 */
final class Tm3Conversion {

    private static final CoordinateReferenceSystem WGS84 = new CRSFactory().createFromName("EPSG:4326");

    private final CoordinateTransform toWgs84;
    private final CoordinateTransform fromWgs84;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    Tm3Conversion(Vn2000Tm3 zone) {
        CoordinateTransformFactory transforms = new CoordinateTransformFactory();
        this.toWgs84 = transforms.createTransform(zone.crs(), WGS84);
        this.fromWgs84 = transforms.createTransform(WGS84, zone.crs());
    }

    /** Longitude (x) and latitude (y) in degrees of a position given the surveyors' way, northing first. */
    Coordinate toWgs84(double northing, double easting) {
        transform(toWgs84, easting, northing);
        return new Coordinate(out.x, out.y);
    }

    /** The zone's easting (x) and northing (y) in metres of a longitude/latitude. */
    Coordinate toPlane(double longitude, double latitude) {
        transform(fromWgs84, longitude, latitude);
        return new Coordinate(out.x, out.y);
    }

    private void transform(CoordinateTransform transform, double x, double y) {
        in.x = x;
        in.y = y;
        transform.transform(in, out);
    }
}
