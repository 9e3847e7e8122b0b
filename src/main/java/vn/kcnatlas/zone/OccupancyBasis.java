package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** What an occupancy rate was computed from. */
public enum OccupancyBasis implements Coded {
    /** Leased area over leasable area, declared or summed from lots. */
    LEASED_AREA,
    /** The rate a periodic report stated, when the areas are not known. */
    REPORTED;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
