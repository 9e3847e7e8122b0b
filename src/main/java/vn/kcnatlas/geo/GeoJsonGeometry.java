package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** GeoJSON geometry objects (RFC 7946): longitude/latitude, exterior rings counter-clockwise. */
public final class GeoJsonGeometry {

    /** Seven decimals of a degree is about a centimetre: finer than any boundary we hold. */
    private static final int DECIMALS = 7;

    private GeoJsonGeometry() {
    }

    public static String write(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return writer.write(geometry);
    }

    /**
     * Parses a GeoJSON geometry object.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a geometry
     */
    public static Geometry read(String json) {
        try {
            Geometry geometry = new GeoJsonReader(Wgs84.FACTORY).read(json);
            geometry.setSRID(Wgs84.SRID);
            return geometry;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a valid GeoJSON geometry: " + e.getMessage(), e);
        }
    }
}
