package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** Where a zone stands in the plan. */
public enum Lifecycle implements Coded {
    PLANNED, UNDER_CONSTRUCTION, OPERATING, REMOVED_FROM_PLAN;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
