package vn.kcnatlas.geo;

/**
 * What a polygonal geometry bounds, which sets how detailed it may be. The vertex limits bound the work
 * one write can cause (validity, overlays against neighbours, tiles) and catch files that were never
 * simplified; real boundaries stay far below them.
 */
public enum BoundaryKind {

    /** A surveyed zone boundary has tens to a few thousand vertices; 100,000 leaves room for a dense digitizing. */
    ZONE("zone boundary", 100_000),
    /** A lot is a land parcel: a few to a few hundred vertices. */
    LOT("lot boundary", 10_000),
    /** District and province boundaries from national datasets run to several hundred thousand vertices. */
    ADMIN_UNIT("administrative boundary", 2_000_000);

    private final String label;
    private final int maxVertices;

    BoundaryKind(String label, int maxVertices) {
        this.label = label;
        this.maxVertices = maxVertices;
    }

    /** "zone boundary", for messages. */
    public String label() {
        return label;
    }

    /** The most positions one geometry of this kind may have, counting each ring's closing position. */
    public int maxVertices() {
        return maxVertices;
    }
}
