package vn.kcnatlas.geo.check;

/** Distances in metres turned into degrees for tolerances on longitude/latitude geometries. */
final class Metres {

    /** The length of a degree of longitude at the equator, the longest a degree gets. */
    private static final double METRES_PER_DEGREE = 111_320;

    private Metres() {
    }

    /**
     * Degrees that are at most {@code metres} in any direction in Vietnam: dividing by the longest degree
     * keeps a tolerance from being more generous than stated (about 2–8 % less east–west at 8–23°N).
     */
    static double inDegrees(double metres) {
        return metres / METRES_PER_DEGREE;
    }
}
