package vn.kcnatlas.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Calendar days as the provinces count them: a report period, a target year or an {@code asOf} date ends
 * at midnight in Việt Nam, whatever the server's own time zone.
 */
public final class VietnamDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamDays() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant after a day: what the store knew "at the end of that day" it knew before this. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * A day written as a date, {@code 2026-05-01}, or as an instant with its offset,
     * {@code 2026-05-01T08:00:00Z}, which stands for the day it falls on in Việt Nam.
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static LocalDate read(String text) {
        String value = text.strip();
        return value.length() == 10 ? LocalDate.parse(value) : dayOf(OffsetDateTime.parse(value).toInstant());
    }

    /** The day an instant falls on in Việt Nam. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
