package vn.kcnatlas.zone;

/**
 * A zone that passed {@link ZoneCheck}. Only the check makes one, and the writes of {@link ZoneWrites}
 * take nothing else, so no zone reaches the store unchecked.
 */
public final class ValidZone {

    private final Zone zone;

    ValidZone(Zone zone) {
        this.zone = zone;
    }

    public Zone zone() {
        return zone;
    }
}
