package vn.kcnatlas.zone;

import vn.kcnatlas.text.Coded;

/** How far a boundary can be trusted: measured on the ground, traced from a plan map, or a rough shape. */
public enum BoundaryQuality implements Coded {
    SURVEYED, DIGITIZED, APPROXIMATE;

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
