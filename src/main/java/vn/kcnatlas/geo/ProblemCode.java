package vn.kcnatlas.geo;

/**
 * What is wrong with a geometry, as a stable machine code a client can switch on. The first group is
 * about the GeoJSON itself, the second about the geometry (JTS validity), the third about where it
 * lies among other geometries.
 */
public enum ProblemCode {

    /** Not a Polygon or MultiPolygon, or a JSON value of the wrong kind (text for a number, wrong nesting). */
    WRONG_TYPE("wrong-type"),
    /** No coordinates, or a polygon with no rings. */
    EMPTY("empty"),
    /** A position with fewer than two numbers. */
    POSITION_TOO_SHORT("position-too-short"),
    /** NaN or an infinite number. */
    NOT_FINITE("not-finite"),
    /** A ring whose last position is not its first. */
    RING_NOT_CLOSED("ring-not-closed"),
    /** A ring with fewer than four positions, or fewer than three distinct ones. */
    TOO_FEW_POINTS("too-few-points", true),
    /** More positions than the kind of boundary may have ({@link BoundaryKind#maxVertices()}). */
    TOO_MANY_VERTICES("too-many-vertices"),
    /** A position outside {@link PolygonCheck#VIETNAM}: usually another CRS, or latitude and longitude swapped. */
    OUTSIDE_VIETNAM("outside-vietnam"),

    SELF_INTERSECTION("self-intersection", true),
    HOLE_OUTSIDE_SHELL("hole-outside-shell", true),
    NESTED_HOLES("nested-holes", true),
    /** A polygon of a MultiPolygon inside another. */
    NESTED_SHELLS("nested-shells", true),
    /** Holes touching the shell or each other so that they cut the polygon's interior in pieces. */
    DISCONNECTED_INTERIOR("disconnected-interior", true),
    /** Any other fault JTS finds. */
    INVALID("invalid", true),
    /** Repair was asked for but did not give a non-empty polygon. */
    REPAIR_FAILED("repair-failed"),

    OUTSIDE_PROVINCE("outside-province"),
    OVERLAPS_ZONE("overlaps-zone"),
    ZONE_HAS_NO_BOUNDARY("zone-has-no-boundary"),
    LOT_OUTSIDE_ZONE("lot-outside-zone"),
    LOT_OVERLAPS_LOT("lot-overlaps-lot"),

    /** A warning, not an error: the geodesic area differs from the declared area by more than the tolerance. */
    AREA_MISMATCH("area-mismatch");

    private final String code;
    private final boolean repairable;

    ProblemCode(String code) {
        this(code, false);
    }

    ProblemCode(String code, boolean repairable) {
        this.code = code;
        this.repairable = repairable;
    }

    /** The code as clients see it, e.g. {@code self-intersection}. */
    public String code() {
        return code;
    }

    /** Whether JTS's GeometryFixer can mend a geometry with this fault. */
    public boolean repairable() {
        return repairable;
    }
}
