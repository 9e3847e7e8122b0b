package vn.kcnatlas.report;

import vn.kcnatlas.text.Coded;

/** What a target is set for: one zone, a district or a province. */
public enum TargetScope implements Coded {
    ZONE, DISTRICT, PROVINCE;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
