package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-Q1, 2026-03-31", "2026-Q2, 2026-06-30", "2026-Q3, 2026-09-30", "2026-Q4, 2026-12-31",
        "2026-H1, 2026-06-30", "2026-H2, 2026-12-31", "2026, 2026-12-31", "2024-Q1, 2024-03-31"})
    void aPeriodEndsOnItsLastDay(String code, LocalDate end) {
        ReportPeriod period = ReportPeriod.parse(code).orElseThrow();
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-H3", "2026-07", "26-Q1", "Q1-2026", ""})
    void otherTextNamesNoPeriod(String code) {
        assertThat(ReportPeriod.parse(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"QUARTER, 2026-12-07, 2026-Q3", "QUARTER, 2026-12-31, 2026-Q4", "QUARTER, 2026-01-15, 2025-Q4",
        "QUARTER, 2026-03-31, 2026-Q1", "HALF, 2026-12-07, 2026-H1", "HALF, 2026-05-01, 2025-H2",
        "YEAR, 2026-12-07, 2025", "YEAR, 2026-12-31, 2026"})
    void theLastClosedPeriodHasEndedByTheEndOfTheDay(ReportPeriod.Length length, LocalDate day, String expected) {
        assertThat(ReportPeriod.lastClosed(length, day).code()).isEqualTo(expected);
    }
}
