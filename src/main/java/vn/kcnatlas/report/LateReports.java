package vn.kcnatlas.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * The zones whose report for the last closed period is missing: those operating or under construction (a
 * planned zone has nothing to report yet, a removed one nothing any more) without a report describing the
 * period's last day, whatever period it was entered for.
 */
@Service
class LateReports {

    private static final Set<Lifecycle> REPORTING = Set.of(Lifecycle.OPERATING, Lifecycle.UNDER_CONSTRUCTION);

    private final ZoneRepository zones;
    private final ReportRepository reports;
    private final ReportPeriod.Length length;
    private final Clock clock;

    LateReports(ZoneRepository zones, ReportRepository reports, @Value("${kcn.reports.period}") String length,
            Clock clock) {
        this.zones = zones;
        this.reports = reports;
        this.length = Coded.find(ReportPeriod.Length.class, length).orElseThrow(() -> new IllegalStateException(
                "kcn.reports.period '" + length + "' is not one of " + Coded.allowed(ReportPeriod.Length.class)));
        this.clock = clock;
    }

    /** @param asOf the day to look from, or null for today */
    Answer asOf(LocalDate asOf) {
        ReportPeriod period = ReportPeriod.lastClosed(length, (asOf != null ? asOf : VietnamDays.today(clock)));
        Map<String, LocalDate> latest = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (ZoneReport report : reports.until(asOf)) {
            latest.merge(report.zoneCode(), report.asOf(), (a, b) -> a.isAfter(b) ? a : b);
            if (report.asOf().equals(period.end())) {
                reported.add(report.zoneCode());
            }
        }
        List<LateZone> late = zones.find(ZoneQuery.ALL, asOf).stream()
                .filter(z -> REPORTING.contains(z.zone().lifecycle()) && !reported.contains(z.zone().code()))
                .map(z -> LateZone.of(z, latest.get(z.zone().code())))
                .toList();
        return new Answer(period.code(), period.end(), late);
    }

    /** The period looked at, the day its reports describe, and the zones without one. */
    record Answer(String period, LocalDate periodEnd, List<LateZone> zones) {
    }

    /**
     * @param districtName the former district, as the plans name it
     * @param province2025Name today's province, or null while today's units do not place the zone
     * @param lastReportAsOf the day the zone's latest report describes, or null when it has none
     */
    record LateZone(String code, String name, String kind, String districtName, String province2025Name,
            LocalDate lastReportAsOf) {

        static LateZone of(ZoneView zone, LocalDate lastReportAsOf) {
            return new LateZone(zone.zone().code(), zone.zone().name(), zone.zone().kind().code(),
                    zone.place().districtName(), zone.place().current().provinceName(), lastReportAsOf);
        }
    }
}
