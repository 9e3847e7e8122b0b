package vn.kcnatlas.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;

import vn.kcnatlas.geo.CoordinateMapping;
import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.geo.Wgs84;

/**
 * Brings geometries from the CRS an import file declares into EPSG:4326 longitude/latitude, with the
 * EPSG registry that proj4j ships and the VN-2000 TM-3 zones it lacks ({@link Vn2000Tm3}). A file in a CRS
 * we cannot identify is refused, never guessed at.
 */
final class CoordinateSystems {

    /** EPSG:3405, urn:ogc:def:crs:EPSG::3405, urn:ogc:def:crs:EPSG:6.6:3405, http://www.opengis.net/def/crs/EPSG/0/3405. */
    private static final Pattern EPSG_CODE = Pattern.compile("(?i)(?:EPSG(?::|::|:[0-9.]*:)|/EPSG/[0-9.]+/)(\\d+)$");
    private static final Pattern CRS84 = Pattern.compile("(?i).*(CRS84|OGC:1\\.3:CRS84|OGC::CRS84)$");
    private static final CRSFactory CRS_FACTORY = new CRSFactory();

    private CoordinateSystems() {
    }

    /** The transform from a CRS named the way GeoJSON and OGC write names, e.g. urn:ogc:def:crs:EPSG::3405. */
    static Reprojection fromName(String written) throws UnreadableFileException {
        String name = written.strip();
        if (CRS84.matcher(name).matches()) {
            return Reprojection.NONE;
        }
        Matcher m = EPSG_CODE.matcher(name);
        if (!m.find()) {
            throw new UnreadableFileException("Unknown CRS '" + name + "': give coordinates in EPSG:4326 / CRS84,"
                    + " or name an EPSG code (e.g. urn:ogc:def:crs:EPSG::3405)");
        }
        return fromEpsg(Integer.parseInt(m.group(1)));
    }

    static Reprojection fromEpsg(int code) throws UnreadableFileException {
        if (code == Wgs84.SRID) {
            return Reprojection.NONE;
        }
        try {
            CoordinateReferenceSystem source = Vn2000Tm3.ofEpsg(code).map(Vn2000Tm3::crs)
                    .orElseGet(() -> CRS_FACTORY.createFromName("EPSG:" + code));
            CoordinateReferenceSystem target = CRS_FACTORY.createFromName("EPSG:4326");
            return new Reprojection("EPSG:" + code, new CoordinateTransformFactory().createTransform(source, target));
        } catch (UnknownAuthorityCodeException | IllegalStateException e) {
            throw new UnreadableFileException("Unknown CRS EPSG:" + code + ": no definition for it is available", e);
        }
    }

    /** A transform into EPSG:4326, or none when the data is in it already. */
    record Reprojection(String from, CoordinateTransform transform) {

        static final Reprojection NONE = new Reprojection("EPSG:4326", null);

        Geometry apply(Geometry geometry) {
            if (transform == null || geometry == null) {
                return geometry;
            }
            ProjCoordinate in = new ProjCoordinate();
            ProjCoordinate projected = new ProjCoordinate();
            CoordinateMapping mapping = (x, y, out) -> {
                in.x = x;
                in.y = y;
                transform.transform(in, projected);
                out.x = projected.x;
                out.y = projected.y;
            };
            Geometry copy = mapping.applyTo(geometry);
            copy.setSRID(Wgs84.SRID);
            return copy;
        }
    }
}
