package vn.kcnatlas.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * The one way periodic reports are entered and corrected: checked ({@link ReportInput}), one per zone and
 * day described, written with its history in one transaction. A report's leased area makes the zone's
 * occupancy from the day it describes ({@link ZoneFigures}), so once the transaction commits a
 * {@link MapDataChanged} lets the maps redraw the zone.
 */
@Service
public class ReportWrites {


    private final ReportRepository reports;
    private final SourceRepository sources;
    private final ZoneRepository zones;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportWrites(ReportRepository reports, SourceRepository sources, ZoneRepository zones,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.sources = sources;
        this.zones = zones;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a new report at version 1.
     *
     * @throws ApiException 409 naming the report already there when the zone has one for that period, or
     *     for another period ending the same day (a year's and its fourth quarter's describe one day)
     */
    public ZoneReport enter(String zoneCode, JsonNode body, String by) {
        ZoneView zone = zone(zoneCode);
        ReportInput input = ReportInput.read(body, zone, false, null, VietnamDays.today(clock), knownSources());
        Instant now = clock.instant();
        return inTransaction(() -> {
            reports.findByDay(zoneCode, input.period().end()).ifPresent(existing -> {
                throw duplicate(zoneCode, input.period(), existing);
            });
            ZoneReport stored = reports.enter(report(zone, input, new ZoneReport(null, zoneCode,
                    input.period().code(), input.period().end(), null, null, null, null, null, null, null, null, 1,
                    now, by)), now, by);
            announce(zone);
            return stored;
        });
    }

    /**
     * Replaces a report's figures, provided it is still at {@code basedOn}; its period and day stay.
     *
     * @throws vn.kcnatlas.change.StaleVersionException if it was corrected since
     */
    public ZoneReport correct(ZoneReport current, int basedOn, JsonNode body, String by) {
        ZoneView zone = zone(current.zoneCode());
        ReportInput input = ReportInput.read(body, zone, true, current.period(), VietnamDays.today(clock),
                knownSources());
        Instant now = clock.instant();
        return inTransaction(() -> {
            ZoneReport stored = reports.correct(report(zone, input, current), basedOn, now, by);
            announce(zone);
            return stored;
        });
    }

    /**
     * The report as stored: what it was entered for ({@code entry}: zone, period, day, first entry) with the
     * figures sent; its occupancy derived once, from the leased area and the zone's leasable area.
     */
    private static ZoneReport report(ZoneView zone, ReportInput input, ZoneReport entry) {
        Double occupancy = input.leasedHa() == null ? null
                : GroupFigures.round(ZoneFigures.occupancy(input.leasedHa(), zone.figures().leasableHa()));
        return new ZoneReport(entry.id(), entry.zoneCode(), entry.period(), entry.asOf(), input.clearedHa(),
                input.leasedHa(), occupancy, input.tenants(), input.registeredCapitalBnVnd(), input.wastewaterPlant(),
                input.note(), input.sourceId(), entry.version(), entry.createdAt(), entry.createdBy());
    }

    private ApiException duplicate(String zoneCode, ReportPeriod period, ZoneReport existing) {
        String location = ReportController.location(zoneCode, existing.id());
        return new ApiException(HttpStatus.CONFLICT, "Report exists", "Zone " + zoneCode + " has a report for "
                + (existing.period() != null ? existing.period() : "the day " + ReportPeriod.written(existing.asOf()))
                + " already, which describes " + ReportPeriod.written(period.end()) + " as " + period
                + " would: correct it with PUT " + location + " and If-Match with its ETag",
                Map.of("location", location, "reportId", existing.id(), "currentVersion", existing.version()));
    }

    private Predicate<String> knownSources() {
        Set<String> ids = sources.all().stream().map(SourceDocument::id).collect(Collectors.toSet());
        return ids::contains;
    }

    private ZoneView zone(String code) {
        return zones.findByCode(code).orElseThrow(() -> new UnknownRecordException("Zone", code));
    }

    /** Published inside the transaction, the event reaches its listeners once the transaction commits. */
    private void announce(ZoneView zone) {
        events.publishEvent(new MapDataChanged(MapDataChanged.ZONES, List.of(
                zone.zone().boundary() != null ? zone.zone().boundary() : zone.place().markerPoint())));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
