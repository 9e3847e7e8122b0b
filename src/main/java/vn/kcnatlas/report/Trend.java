package vn.kcnatlas.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a rate is heading: the least-squares line through the rates of the last {@value #YEARS} years up
 * to the day judged on, projected to 31 December of a target's year and kept within 0–100%. It needs
 * rates on at least two different days; with one there is no line to draw.
 */
final class Trend {

    static final int YEARS = 3;

    private Trend() {
    }

    /** A rate on a day. */
    record Point(LocalDate day, double pct) {
    }

    /** @param points rates in any order; of several on one day, the last counts */
    static Optional<Double> projected(List<Point> points, LocalDate judgedOn, int targetYear) {
        LocalDate from = judgedOn.minusYears(YEARS);
        Map<LocalDate, Double> byDay = new TreeMap<>();
        points.stream().filter(p -> p.day().isAfter(from) && !p.day().isAfter(judgedOn))
                .forEach(p -> byDay.put(p.day(), p.pct()));
        if (byDay.size() < 2) {
            return Optional.empty();
        }
        double n = byDay.size();
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (Map.Entry<LocalDate, Double> e : byDay.entrySet()) {
            double x = ChronoUnit.DAYS.between(from, e.getKey());
            sumX += x;
            sumY += e.getValue();
            sumXX += x * x;
            sumXY += x * e.getValue();
        }
        double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
        double intercept = (sumY - slope * sumX) / n;
        double at = ChronoUnit.DAYS.between(from, LocalDate.of(targetYear, 12, 31));
        return Optional.of(GroupFigures.round(Math.max(0, Math.min(100, intercept + slope * at))));
    }
}
