package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** Where a zone stands in the plan. */
public enum Lifecycle implements Coded {
    PLANNED, UNDER_CONSTRUCTION, OPERATING, REMOVED_FROM_PLAN;

    /** Every lifecycle but {@link #REMOVED_FROM_PLAN}: the zones maps draw and lists show by default. */
    public static final java.util.Set<Lifecycle> IN_PLAN = java.util.Set.of(PLANNED, UNDER_CONSTRUCTION, OPERATING);

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
