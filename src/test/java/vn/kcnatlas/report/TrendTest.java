package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate JUDGED_ON = LocalDate.of(2026, 12, 7);

    @Test
    void theLineThroughTheRatesIsProjectedToTheEndOfTheTargetYear() {
        // 10 points a year: 40% at the end of 2024, 50% at the end of 2025 → 60% at the end of 2026.
        assertThat(Trend.projected(List.of(point("2024-12-31", 40), point("2025-12-31", 50)), JUDGED_ON, 2026))
                .hasValueSatisfying(p -> assertThat(p).isBetween(59.9, 60.1));
    }

    @Test
    void ratesOlderThanThreeYearsOrAfterTheDayJudgedOnAreLeftOut() {
        List<Trend.Point> points = List.of(point("2020-12-31", 0), point("2024-12-31", 40),
                point("2025-12-31", 50), point("2027-12-31", 100));
        assertThat(Trend.projected(points, JUDGED_ON, 2026)).hasValueSatisfying(p -> assertThat(p).isBetween(59.9,
                60.1));
    }

    @Test
    void theProjectionStaysWithinZeroAndAHundredPercent() {
        List<Trend.Point> rising = List.of(point("2024-12-31", 60), point("2025-12-31", 95));
        assertThat(Trend.projected(rising, JUDGED_ON, 2030)).contains(100.0);
        List<Trend.Point> falling = List.of(point("2024-12-31", 40), point("2025-12-31", 5));
        assertThat(Trend.projected(falling, JUDGED_ON, 2030)).contains(0.0);
    }

    @Test
    void ratesOnFewerThanTwoDaysDrawNoLine() {
        assertThat(Trend.projected(List.of(point("2025-12-31", 50)), JUDGED_ON, 2030)).isEmpty();
        assertThat(Trend.projected(List.of(point("2025-12-31", 50), point("2025-12-31", 60)), JUDGED_ON, 2030))
                .isEmpty();
        assertThat(Trend.projected(List.of(), JUDGED_ON, 2030)).isEmpty();
    }

    private static Trend.Point point(String day, double pct) {
        return new Trend.Point(LocalDate.parse(day), pct);
    }
}
