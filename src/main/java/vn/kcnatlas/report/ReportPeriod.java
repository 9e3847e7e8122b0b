package vn.kcnatlas.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kcnatlas.text.Coded;

/**
 * The period a periodic report covers: a quarter ("2026-Q3"), a half-year ("2026-H1") or a year ("2026").
 * A report describes the zone as it stood on the period's last day.
 */
public record ReportPeriod(int year, Length length, int number) {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:-([QH])([1-4]))?$");

    /** How long a period is; the property {@code kcn.reports.period} names the one late reports are judged by. */
    public enum Length implements Coded {
        QUARTER(3), HALF(6), YEAR(12);

        private final int months;

        Length(int months) {
            this.months = months;
        }

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The period a code names, or empty when it names none ("2026-Q5", "2026-07"). */
    public static Optional<ReportPeriod> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(new ReportPeriod(year, Length.YEAR, 1));
        }
        Length length = m.group(2).equals("Q") ? Length.QUARTER : Length.HALF;
        int number = Integer.parseInt(m.group(3));
        return number <= 12 / length.months ? Optional.of(new ReportPeriod(year, length, number)) : Optional.empty();
    }

    /** The last period of this length that has ended by the end of {@code day}. */
    public static ReportPeriod lastClosed(Length length, LocalDate day) {
        LocalDate tomorrow = day.plusDays(1);
        int index = (tomorrow.getMonthValue() - 1) / length.months;
        return index == 0 ? new ReportPeriod(tomorrow.getYear() - 1, length, 12 / length.months)
                : new ReportPeriod(tomorrow.getYear(), length, index);
    }

    /** The period's last day, the date its report describes. */
    public LocalDate end() {
        return LocalDate.of(year, number * length.months, 1).plusMonths(1).minusDays(1);
    }

    public String code() {
        return switch (length) {
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** A day as Vietnamese documents write it, 31/12/2026, for messages. */
    static String written(LocalDate day) {
        return day.format(WRITTEN);
    }

    @Override
    public String toString() {
        return code();
    }
}
