package vn.kcnatlas.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.kcnatlas.web.ApiException;

/**
 * The days reports and statistics speak of: Vietnamese calendar days, so a quarter ends at midnight in
 * Hà Nội, not in Greenwich; and the {@code asOf} parameter that asks for them.
 */
final class ReportDates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReportDates() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    /**
     * The day an {@code asOf} parameter names, or null without one (meaning today).
     *
     * @throws ApiException 400 naming the parameter when it is no YYYY-MM-DD date, or a day still to come
     */
    static LocalDate asOf(String raw, Clock clock) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("asOf", "asOf '" + raw + "' is not a date written YYYY-MM-DD");
        }
        if (day.isAfter(today(clock))) {
            throw ApiException.badParameter("asOf", "asOf " + day + " is in the future: there are no figures for it"
                    + " yet");
        }
        return day;
    }

    /** The day judged on: the one asked for, else today. */
    static LocalDate orToday(LocalDate asOf, Clock clock) {
        return asOf != null ? asOf : today(clock);
    }
}
