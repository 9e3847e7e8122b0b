package vn.kcnatlas.geo.check;

import vn.kcnatlas.geo.BoundaryKind;

/**
 * The limits a written geometry must stay within, besides the vertex limits of {@link BoundaryKind}. The
 * size of the body that carries it is web/JsonBodies' to bound, before it is parsed.
 */
public final class Limits {

    /**
     * How many problems one answer lists. A broken file can have one per position; past this many the
     * rest are counted, not listed.
     */
    public static final int MAX_REPORTED_PROBLEMS = 50;

    private Limits() {
    }
}
