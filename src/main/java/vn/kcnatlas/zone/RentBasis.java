package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/**
 * What a zone's asking rent covers, as its source states it: per m² per year, per m² once for the rest of the
 * land-lease term, per m² per month (ready-built factories), or a price whose basis the source does not state.
 */
public enum RentBasis implements Coded {
    PER_YEAR, LEASE_TERM, PER_MONTH, NOT_STATED;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
