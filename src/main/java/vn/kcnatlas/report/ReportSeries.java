package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneView;

/**
 * A group's occupancy and cleared area over time, from the periodic reports alone: one point for each day
 * a report of the group describes. On that day each zone counts with its latest report on or before it;
 * the rate is area-weighted like {@link GroupFigures}, with the leased area the reports state over the
 * zones' leasable area. A report that states only a rate has no weight and adds no rate to a point.
 */
final class ReportSeries {

    private ReportSeries() {
    }

    /** @param reports every report, in any order; those of other zones are left out */
    static List<SeriesPoint> of(List<ZoneView> zones, List<ZoneReport> reports) {
        Map<String, Double> leasable = new HashMap<>();
        zones.forEach(z -> leasable.put(z.zone().code(), z.figures().leasableHa()));
        List<ZoneReport> own = reports.stream().filter(r -> leasable.containsKey(r.zoneCode()))
                .sorted(Comparator.comparing(ZoneReport::asOf)).toList();
        Set<LocalDate> days = new TreeSet<>(own.stream().map(ZoneReport::asOf).toList());
        Map<String, Double> leased = new HashMap<>();
        Map<String, Double> cleared = new HashMap<>();
        Set<String> reporting = new HashSet<>();
        List<SeriesPoint> points = new ArrayList<>();
        int next = 0;
        for (LocalDate day : days) {
            for (; next < own.size() && !own.get(next).asOf().isAfter(day); next++) {
                ZoneReport report = own.get(next);
                reporting.add(report.zoneCode());
                Double area = leasable.get(report.zoneCode());
                if (report.leasedHa() != null && area != null && area > 0) {
                    leased.put(report.zoneCode(), report.leasedHa());
                }
                if (report.clearedHa() != null) {
                    cleared.put(report.zoneCode(), report.clearedHa());
                }
            }
            double leasedSum = leased.values().stream().mapToDouble(Double::doubleValue).sum();
            double leasableSum = leased.keySet().stream().mapToDouble(leasable::get).sum();
            points.add(new SeriesPoint(day,
                    leased.isEmpty() ? null : GroupFigures.round(ZoneFigures.occupancy(leasedSum, leasableSum)),
                    GroupFigures.round(leasedSum), GroupFigures.round(leasableSum),
                    cleared.isEmpty() ? null
                            : GroupFigures.round(cleared.values().stream().mapToDouble(Double::doubleValue).sum()),
                    reporting.size()));
        }
        return points;
    }
}
