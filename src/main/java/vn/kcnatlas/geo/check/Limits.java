package vn.kcnatlas.geo.check;

import vn.kcnatlas.geo.BoundaryKind;

/**
 * The limits a written geometry must stay within, besides the vertex limits of {@link BoundaryKind}.
 */
public final class Limits {

    /**
     * The largest request body a geometry write accepts, 16 MiB. Enforced by the HTTP layer, before
     * parsing. A zone at its vertex limit (100,000 positions) written with 17 significant digits and
     * pretty-printed takes about 6 MB, so this leaves room for a 3D file and the feature's properties.
     */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    /**
     * How many problems one answer lists. A broken file can have one per position; past this many the
     * rest are counted, not listed.
     */
    public static final int MAX_REPORTED_PROBLEMS = 50;

    private Limits() {
    }
}
