package vn.kcnatlas.report;

import java.time.LocalDate;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.text.Localized;

/**
 * How far a target is met, by the figures as they stood on the day judged on.
 *
 * @param current the figure measured against the target, or null when there is none
 * @param unit "%", "count", or null for yes/no metrics
 * @param asOf the date of the oldest figure {@code current} rests on, or null
 * @param projected for an occupancy target whose year is not over, the rate the trend of the reports reaches
 *     by 31 December of that year ({@link Trend}); null when there are not two figures to draw it through
 */
public record Progress(Status status, Double current, String unit, Localized note, LocalDate asOf,
        Double projected) {

    public Progress(Status status, Double current, String unit, Localized note, LocalDate asOf) {
        this(status, current, unit, note, asOf, null);
    }

    /**
     * Met or missed once the target's year is over; while it is not, on track or at risk; no data when no
     * figure can tell; not measured for what the registry does not hold.
     */
    public enum Status implements Coded {
        MET, MISSED, ON_TRACK, AT_RISK, NO_DATA, NOT_MEASURED;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
