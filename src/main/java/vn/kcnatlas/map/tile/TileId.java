package vn.kcnatlas.map.tile;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;

/** An XYZ tile of the Web Mercator grid (the OSM / Google scheme: y grows southward). */
public record TileId(int z, int x, int y) {

    public static final int MAX_ZOOM = 24;

    public TileId {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + z + " is outside 0.." + MAX_ZOOM);
        }
        int size = 1 << z;
        if (x < 0 || x >= size || y < 0 || y >= size) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " does not exist: at zoom " + z
                    + " x and y run from 0 to " + (size - 1));
        }
    }

    /** The tile's box in Web Mercator metres. */
    public Envelope mercatorBox() {
        double span = 2 * MapCrs.MERCATOR_HALF_WORLD / (1 << z);
        double minX = -MapCrs.MERCATOR_HALF_WORLD + x * span;
        double maxY = MapCrs.MERCATOR_HALF_WORLD - y * span;
        return new Envelope(minX, minX + span, maxY - span, maxY);
    }

    /** The tile containing a longitude/latitude at a zoom. */
    public static TileId containing(double lon, double lat, int z) {
        int size = 1 << z;
        double latRad = Math.toRadians(lat);
        int x = (int) Math.floor((lon + 180) / 360 * size);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * size);
        return new TileId(z, Math.min(size - 1, Math.max(0, x)), Math.min(size - 1, Math.max(0, y)));
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
