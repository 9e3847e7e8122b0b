package vn.kcnatlas.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.unit2025.CurrentUnits;
import vn.kcnatlas.zone.ClearanceStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.Zone;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneVersion;
import vn.kcnatlas.zone.ZoneView;

/**
 * How long each zone still in the plan has been in its land clearance status, read from the zone history
 * as it stood at the end of a day: the zone's versions are walked back from the latest to the first with
 * another status, and the change into the status is dated by when it was recorded.
 */
@Service
public class ClearanceDurations {

    /** Stuck zones first: clearance under way, then not started, then done; the longest first within each. */
    private static final List<ClearanceStatus> ORDER = List.of(ClearanceStatus.IN_PROGRESS,
            ClearanceStatus.NOT_STARTED, ClearanceStatus.COMPLETED);

    private final ZoneRepository zones;
    private final Clock clock;

    ClearanceDurations(ZoneRepository zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * The zones as they stood at the end of {@code asOf}, or as they are now (read as stored, counted to the
     * end of today) when it is null: {@link ZoneRepository#find(ZoneQuery, LocalDate)}'s rule.
     */
    public List<ClearanceRow> asOf(LocalDate asOf) {
        LocalDate day = asOf == null ? VietnamDays.today(clock) : asOf;
        List<ZoneView> views = zones.find(ZoneQuery.ALL, asOf);
        Map<String, List<ZoneVersion>> versions = zones.versions(day);
        return views.stream()
                .filter(view -> view.zone().lifecycle() != Lifecycle.REMOVED_FROM_PLAN)
                .map(view -> row(view, versions.get(view.zone().code()), day))
                .sorted(Comparator.comparingInt((ClearanceRow r) -> ORDER.indexOf(status(r)))
                        .thenComparing(ClearanceRow::days, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ClearanceRow::code))
                .toList();
    }

    private static ClearanceStatus status(ClearanceRow row) {
        return Coded.find(ClearanceStatus.class, row.clearanceStatus()).orElseThrow();
    }

    /** @param history the zone's versions by the end of the day, oldest first; the last is {@code view}'s */
    private static ClearanceRow row(ZoneView view, List<ZoneVersion> history, LocalDate day) {
        Zone zone = view.zone();
        ClearanceStatus status = zone.land().clearanceStatus();
        int first = history.size() - 1;
        while (first > 0 && history.get(first - 1).zone().land().clearanceStatus() == status) {
            first--;
        }
        boolean known = first > 0;
        LocalDate since = known ? VietnamDays.dayOf(history.get(first).recordedAt()) : factsDate(history.get(0));
        if (since != null && since.isAfter(day)) {
            since = null;
        }
        CurrentUnits today = view.place().current();
        return new ClearanceRow(zone.code(), zone.name(), zone.kind().code(), view.place().districtName(),
                today.communeName(), today.provinceName(), status.code(), since, known, since == null ? null : ChronoUnit.DAYS.between(since, day));
    }

    /** The day a first record describes: its provenance date, else the day it was recorded. */
    private static LocalDate factsDate(ZoneVersion record) {
        LocalDate described = record.zone().provenance().asOf();
        return described != null ? described : VietnamDays.dayOf(record.recordedAt());
    }
}
