package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Well-known binary, the form geometries take between KCN Atlas and either spatial store. */
public final class Wkb {

    private Wkb() {
    }

    public static byte[] write(Geometry geometry) {
        return geometry == null ? null : new WKBWriter(2).write(geometry);
    }

    public static Geometry read(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry geometry = new WKBReader(Wgs84.FACTORY).read(wkb);
            geometry.setSRID(Wgs84.SRID);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("The store returned unreadable WKB", e);
        }
    }
}
