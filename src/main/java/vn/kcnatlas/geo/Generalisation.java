package vn.kcnatlas.geo;

import java.util.function.Function;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * How much detail a map of a given pixel size draws: the one rule for WMS images, PNG and vector tiles
 * and the zone API alike. Zone and lot boundaries come from the {@linkplain Band band} stored for that
 * pixel size, and a zone smaller on screen than {@link #MIN_SHAPE_PIXELS} is drawn as a point inside it.
 *
 * @param degreesPerPixel the width of one pixel in degrees of longitude; 0 for full detail
 */
public record Generalisation(double degreesPerPixel) {

    /** Full resolution, every zone as its shape: feature info and exports. */
    public static final Generalisation FULL = new Generalisation(0);

    /**
     * Below this many pixels on its longer side a zone is drawn as its point: the pin that marks a zone
     * without a boundary is this wide, and a shape smaller than that pin shows no outline worth reading
     * and is a smaller target to click or tap. A tile of zoom 7 has pixels of about 1.2 km at 16°N, so a
     * national or regional map pins nearly every zone (20–3,000 ha, some 0.5–6 km across) rather than
     * drawing specks, or, in a vector tile, rings that snapping to the tile's grid would erase.
     */
    public static final double MIN_SHAPE_PIXELS = 12;

    /** Degrees of longitude per pixel of a 256-pixel tile at zoom 0. */
    private static final double ZOOM0_DEGREES_PER_PIXEL = 360.0 / 256;

    public Generalisation {
        if (!(degreesPerPixel >= 0) || Double.isInfinite(degreesPerPixel)) {
            throw new IllegalArgumentException("a pixel's size must be a finite number of degrees >= 0, not "
                    + degreesPerPixel);
        }
    }

    /** The detail of a 256-pixel tile of this zoom. */
    public static Generalisation ofZoom(int zoom) {
        return new Generalisation(ZOOM0_DEGREES_PER_PIXEL / Math.pow(2, zoom));
    }

    /** The stored boundaries that serve this pixel size: the coarsest whose tolerance is within half a pixel. */
    public Band band() {
        for (Band band : Band.values()) {
            // A hair of slack, so that a tile of zoom 10 takes the band made for zoom 10 despite rounding.
            if (band.tolerance() <= degreesPerPixel / 2 * (1 + 1e-9)) {
                return band;
            }
        }
        return Band.FULL;
    }

    /** How far, in degrees, a boundary simplified on the fly may move: half a pixel; 0 for full detail. */
    public double tolerance() {
        return degreesPerPixel / 2;
    }

    /**
     * What a map draws for a zone whose boundary (read from {@link #band()}) is given: the boundary, or a
     * point inside it when it is smaller on screen than {@link #MIN_SHAPE_PIXELS}.
     */
    public Geometry zoneShape(Geometry boundary) {
        if (drawnAsPoint(boundary.getEnvelopeInternal())) {
            return boundary.getFactory().createPoint(InteriorPointArea.getInteriorPoint(boundary));
        }
        return boundary;
    }

    /** Whether a zone with this bounding box is drawn as its point. */
    public boolean drawnAsPoint(Envelope box) {
        return Math.max(box.getWidth(), box.getHeight()) < minShapeDegrees();
    }

    /**
     * {@link #band()} in SQL, for the queries that build tiles in the store (PostGIS {@code ST_AsMVT},
     * {@code db/mvt/*.sql}, which hold this text; TileQueriesTest checks it): the boundary column of table
     * alias {@code alias} that serves the zoom the SQL expression {@code zoom} gives.
     *
     * @param column {@link Band#zoneColumn} or {@link Band#lotColumn}
     */
    public static String bandSql(String alias, String zoom, Function<Band, String> column) {
        StringBuilder sql = new StringBuilder("CASE");
        for (Band band : Band.values()) {
            if (band != Band.FULL) {
                sql.append(" WHEN ").append(zoom).append(" <= ").append(band.zoom()).append(" THEN ").append(alias)
                        .append('.').append(column.apply(band));
            }
        }
        return sql.append(" ELSE ").append(alias).append('.').append(column.apply(Band.FULL)).append(" END").toString();
    }

    /**
     * {@link #zoneShape} in SQL, as {@link #bandSql}: what a zone whose band boundary is the SQL expression
     * {@code boundary} draws as at the zoom the SQL expression {@code zoom} gives.
     */
    public static String zoneShapeSql(String boundary, String zoom) {
        return "CASE WHEN GREATEST(ST_XMax(" + boundary + ") - ST_XMin(" + boundary + "), ST_YMax(" + boundary
                + ") - ST_YMin(" + boundary + ")) < " + MIN_SHAPE_PIXELS + " * " + ZOOM0_DEGREES_PER_PIXEL
                + " / power(2, " + zoom + ") THEN ST_PointOnSurface(" + boundary + ") ELSE " + boundary + " END";
    }

    /** {@link #tolerance()} in SQL, as {@link #bandSql}, for the zoom the SQL expression {@code zoom} gives. */
    public static String toleranceSql(String zoom) {
        return ZOOM0_DEGREES_PER_PIXEL + " / power(2, " + zoom + ") / 2";
    }

    private double minShapeDegrees() {
        return MIN_SHAPE_PIXELS * degreesPerPixel;
    }
}
