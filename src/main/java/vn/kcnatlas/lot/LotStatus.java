package vn.kcnatlas.lot;

import vn.kcnatlas.text.Coded;

/** Whether a lot can still be leased. */
public enum LotStatus implements Coded {
    AVAILABLE, RESERVED, LEASED;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
