package vn.kcnatlas.map;

import java.util.Arrays;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The coordinate reference systems maps are served in. Data is stored in EPSG:4326; Web Mercator is
 * computed here with the spherical formulas every web map uses, which are exact for EPSG:3857.
 */
public enum MapCrs {
    /** WGS 84 with latitude first, as WMS 1.3.0 requires for this code. */
    EPSG_4326("EPSG:4326", true),
    /** WGS 84 with longitude first. */
    CRS_84("CRS:84", false),
    /** Web Mercator, in metres. */
    EPSG_3857("EPSG:3857", false);

    /** Web Mercator's sphere radius, the WGS 84 semi-major axis. */
    public static final double EARTH_RADIUS = 6_378_137.0;
    /** Web Mercator's latitude limit, where the square world ends. */
    public static final double MAX_MERCATOR_LATITUDE = 85.0511287798066;
    /** Half the width of the Web Mercator world in metres. */
    public static final double MERCATOR_HALF_WORLD = Math.PI * EARTH_RADIUS;

    private final String code;
    private final boolean latitudeFirst;

    MapCrs(String code, boolean latitudeFirst) {
        this.code = code;
        this.latitudeFirst = latitudeFirst;
    }

    public String code() {
        return code;
    }

    /** Whether a BBOX in this CRS lists latitude before longitude (WMS 1.3.0 axis order). */
    public boolean latitudeFirst() {
        return latitudeFirst;
    }

    public boolean geographic() {
        return this != EPSG_3857;
    }

    public static Optional<MapCrs> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** Projects longitude/latitude to this CRS's x (east) and y (north). */
    public void project(double lon, double lat, Coordinate out) {
        if (geographic()) {
            out.x = lon;
            out.y = lat;
        } else {
            double clamped = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
            out.x = Math.toRadians(lon) * EARTH_RADIUS;
            out.y = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * EARTH_RADIUS;
        }
    }

    /** The longitude/latitude box covering a box of this CRS (x east, y north). */
    public Envelope toWgs84(Envelope box) {
        if (geographic()) {
            return new Envelope(box);
        }
        return new Envelope(mercatorLon(box.getMinX()), mercatorLon(box.getMaxX()), mercatorLat(box.getMinY()),
                mercatorLat(box.getMaxY()));
    }

    private static double mercatorLon(double x) {
        return Math.toDegrees(x / EARTH_RADIUS);
    }

    private static double mercatorLat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2);
    }
}
