package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** Why a zone's row changed, as the audit history records it. */
public enum HistoryAction implements Coded {
    SEED, IMPORT, CREATE, UPDATE, REVERT, LOTS;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
