package vn.kcnatlas.zone;

/**
 * Which zones to list by their figures: at least so much land available, occupancy within a range. A zone
 * whose figure is unknown neither passes nor fails: it is {@linkplain Outcome#UNKNOWN unknown}, listed only
 * when the reader asks for it, and counted either way so that no zone drops out of sight unsaid.
 * Nulls mean "any".
 */
public record FigureFilter(Double minAvailableHa, Double minOccupancyPct, Double maxOccupancyPct,
        boolean includeUnknown) {

    public static final FigureFilter NONE = new FigureFilter(null, null, null, false);

    /** What a filter says of one zone. */
    public enum Outcome {
        MATCH, NO_MATCH, UNKNOWN
    }

    /** Whether the filter looks at any figure at all. */
    public boolean active() {
        return minAvailableHa != null || minOccupancyPct != null || maxOccupancyPct != null;
    }

    public Outcome test(ZoneFigures figures) {
        boolean unknown = false;
        if (minAvailableHa != null) {
            if (figures.availableHa() == null) {
                unknown = true;
            } else if (figures.availableHa() < minAvailableHa) {
                return Outcome.NO_MATCH;
            }
        }
        if (minOccupancyPct != null || maxOccupancyPct != null) {
            Double pct = figures.occupancyPct();
            if (pct == null) {
                unknown = true;
            } else if ((minOccupancyPct != null && pct < minOccupancyPct)
                    || (maxOccupancyPct != null && pct > maxOccupancyPct)) {
                return Outcome.NO_MATCH;
            }
        }
        return unknown ? Outcome.UNKNOWN : Outcome.MATCH;
    }

    /** Whether a zone with this outcome is listed. */
    public boolean lists(Outcome outcome) {
        return outcome == Outcome.MATCH || (outcome == Outcome.UNKNOWN && includeUnknown);
    }
}
