package vn.kcnatlas.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.kcnatlas.time.VietnamDays;

/**
 * Reads a date a request asks the data "as of": a calendar date, {@code YYYY-MM-DD}, no later than today
 * in Việt Nam. The store cannot tell what will be, so a future date is refused rather than answered with
 * today's figures.
 */
public final class AsOfParameter {

    private AsOfParameter() {
    }

    /** The date, or null when the parameter is absent or blank (meaning now). */
    public static LocalDate parse(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " '" + value + "' is not a date written YYYY-MM-DD");
        }
        LocalDate today = VietnamDays.today(clock);
        if (day.isAfter(today)) {
            throw ApiException.badParameter(name, name + " " + day + " is in the future; the latest date with"
                    + " data is today, " + today);
        }
        return day;
    }
}
