package vn.kcnatlas.unit2025;

import vn.kcnatlas.text.Coded;

/** How a zone's current commune and province were found. */
public enum UnitBasis implements Coded {
    /** The commune holding most of the zone's boundary, and its province. */
    BOUNDARY,
    /** No commune (the zone has no boundary): the province holding its former district's label point. */
    LABEL_POINT,
    /** Set by a planner; kept through re-imports and boundary edits until the planner clears it. */
    PLANNER;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
