package vn.kcnatlas.zone;

import java.time.LocalDate;

/**
 * The lots of one zone. The areas sum only the lots a source backs: illustrative lots are counted, so that
 * readers can be told about them, and never summed.
 *
 * @param count every lot of the zone, illustrative ones included
 * @param illustrativeCount the lots no source backs
 * @param asOf when the newest of the summed lots was recorded; null when none is summed
 */
public record LotTotals(int count, int illustrativeCount, double totalHa, double leasedHa, double reservedHa,
        double availableHa, LocalDate asOf) {

    public static final LotTotals NONE = new LotTotals(0, 0, 0, 0, 0, 0, null);

    /** How many lots the areas sum. */
    public int sourcedCount() {
        return count - illustrativeCount;
    }
}
