package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The zoom bands whose simplified boundaries the store keeps beside the full ones (migration V15), coarsest
 * first. A band serves the zooms up to its own: its tolerance is half a pixel of a 256-pixel tile at that
 * zoom, so a map drawn from it differs from the full boundary by less than half a pixel. From zoom 14 a
 * half pixel is under 5 m, finer than the digitised boundaries are drawn, and full boundaries serve.
 * Lots are drawn from zoom 13 (MapLayer.minZoom), so only that band is kept for them.
 *
 * <p>The store computes the columns itself ({@code GENERATED ALWAYS AS}), with {@link #simplify}'s rule
 * in SQL; the tolerances there must be these ({@code GeneralisationStoreContract} checks it).
 */
public enum Band {
    Z7(7, "boundary_z7", "boundary_z13"),
    Z10(10, "boundary_z10", "boundary_z13"),
    Z13(13, "boundary_z13", "boundary_z13"),
    FULL(-1, "boundary", "boundary");

    private final int zoom;
    private final double tolerance;
    private final String zoneColumn;
    private final String lotColumn;

    Band(int zoom, String zoneColumn, String lotColumn) {
        this.zoom = zoom;
        this.tolerance = zoom < 0 ? 0 : 360.0 / 256 / Math.pow(2, zoom) / 2;
        this.zoneColumn = zoneColumn;
        this.lotColumn = lotColumn;
    }

    /** The highest zoom the band serves; -1 for the full boundaries, which serve every zoom. */
    public int zoom() {
        return zoom;
    }

    /** How far, in degrees, the band's boundaries may lie from the full ones; 0 for the full ones. */
    public double tolerance() {
        return tolerance;
    }

    /** The zone table's column holding this band's boundaries. */
    public String zoneColumn() {
        return zoneColumn;
    }

    /** The lot table's column holding this band's boundaries (or finer ones). */
    public String lotColumn() {
        return lotColumn;
    }

    /**
     * A boundary simplified for this band as the store simplifies it: topology preserved (no ring lost,
     * none crossing another), still a multipolygon, and the full boundary itself whenever the simplified
     * one would be invalid or empty. Used for zones drawn as of a past day, which are read from their
     * history, not from the columns.
     */
    public MultiPolygon simplify(MultiPolygon boundary) {
        if (tolerance == 0 || boundary == null) {
            return boundary;
        }
        Geometry simplified = TopologyPreservingSimplifier.simplify(boundary, tolerance);
        if (!simplified.isValid() || simplified.isEmpty()) {
            return boundary;
        }
        return simplified instanceof Polygon polygon
                ? boundary.getFactory().createMultiPolygon(new Polygon[] {polygon}) : (MultiPolygon) simplified;
    }
}
