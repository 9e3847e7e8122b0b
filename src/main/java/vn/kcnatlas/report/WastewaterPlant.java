package vn.kcnatlas.report;

import vn.kcnatlas.text.Coded;

/** The state of a zone's central wastewater treatment plant, which periodic reviews track. */
public enum WastewaterPlant implements Coded {
    NONE, UNDER_CONSTRUCTION, OPERATING;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
