package vn.kcnatlas.report;

import java.time.LocalDate;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.text.Localized;

/**
 * How far a target is met, by the latest figures.
 *
 * @param current the figure measured against the target, or null when there is none
 * @param unit "%", "count", or null for yes/no metrics
 * @param asOf the date of the oldest figure {@code current} rests on, or null
 */
public record Progress(Status status, Double current, String unit, Localized note, LocalDate asOf) {

    /** Whether the target is met, missed, lacks the figures, or measures what the registry does not hold. */
    public enum Status implements Coded {
        MET, NOT_MET, NO_DATA, NOT_MEASURED;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
