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
 * @param evidence whether a figure decides the status: {@code none} for no data and not measured, and for a
 *     target missed because, its year over, no figure shows it met
 */
public record Progress(Status status, Double current, String unit, Localized note, LocalDate asOf,
        Double projected, Evidence evidence) {

    public Progress(Status status, Double current, String unit, Localized note, LocalDate asOf, Double projected) {
        this(status, current, unit, note, asOf, projected,
                status == Status.NO_DATA || status == Status.NOT_MEASURED ? Evidence.NONE : Evidence.FIGURE);
    }

    public Progress(Status status, Double current, String unit, Localized note, LocalDate asOf) {
        this(status, current, unit, note, asOf, null);
    }

    /** Whether a figure decides the status, or the lack of one. */
    public enum Evidence implements Coded {
        FIGURE, NONE;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Met or missed once the target's year is over (missed too when no figure shows it met); while it is not,
     * on track or at risk; no data when no figure can tell; not measured for what the registry does not hold
     * and no official has recorded.
     */
    public enum Status implements Coded {
        MET, MISSED, ON_TRACK, AT_RISK, NO_DATA, NOT_MEASURED;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
