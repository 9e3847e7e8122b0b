package vn.kcnatlas.lot;

import vn.kcnatlas.text.Coded;

/** Why a lot changed, as its history records it. */
public enum LotAction implements Coded {
    SEED, IMPORT, CREATE, UPDATE, STATUS, DELETE;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
