package vn.kcnatlas.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.FieldProblems;
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

    /** How far a document's stated rate may be from the one its leased area makes: its rounding. */
    private static final double OCCUPANCY_TOLERANCE = 0.5;

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
     * Checks a report taken from a document, for an import: its figures as an entered report's
     * ({@link ReportInput}); dated as the document dates it, on a day that has passed; its occupancy derived
     * from the leased area, or, from a document that gives only a rate, that rate.
     *
     * @param figures the report's members but its period (clearedHa, leasedHa, tenants, …)
     * @param statedOccupancyPct the rate the document states, or null
     * @param knownSource whether a source document exists, asked once per import rather than per report
     * @throws ApiException 422 listing every problem
     */
    public ZoneReport checkDocumentReport(ZoneView zone, LocalDate asOf, JsonNode figures, Double statedOccupancyPct,
            Predicate<String> knownSource, String by) {
        LocalDate today = VietnamDays.today(clock);
        FieldProblems problems = new FieldProblems();
        if (!asOf.isBefore(today)) {
            problems.add("asOf", "the report describes " + ReportPeriod.written(asOf)
                    + ", which has not passed yet");
        }
        ReportInput input = null;
        try {
            input = ReportInput.read(figures, zone, true, null, today, knownSource);
        } catch (ApiException e) {
            problems.addAll(e);
        }
        if (statedOccupancyPct != null && (statedOccupancyPct < 0 || statedOccupancyPct > 100)) {
            problems.add("occupancyPct", "occupancyPct " + statedOccupancyPct + " is not a rate from 0 to 100");
        }
        ZoneReport report = input == null ? null : report(zone, input, new ZoneReport(null, zone.zone().code(), asOf,
                null, null, null, null, null, null, null, null, clock.instant(), by));
        if (report != null && report.occupancyPct() != null && statedOccupancyPct != null
                && Math.abs(report.occupancyPct() - statedOccupancyPct) > OCCUPANCY_TOLERANCE) {
            problems.add("occupancyPct", "occupancyPct " + statedOccupancyPct + " disagrees with the leased area, which"
                    + " makes " + report.occupancyPct() + " % of the zone's leasable area; give one or make them agree");
        }
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid report", "The report of " + ReportPeriod.written(asOf) + " for zone "
                    + zone.zone().code());
        }
        return report.occupancyPct() != null || statedOccupancyPct == null ? report
                : new ZoneReport(null, report.zoneCode(), asOf, report.clearedHa(), report.leasedHa(),
                        statedOccupancyPct, report.tenants(), report.registeredCapitalBnVnd(),
                        report.wastewaterPlant(), report.note(), report.sourceId(), report.createdAt(), by);
    }

    /**
     * Stores reports {@link #checkDocumentReport} accepted, in the caller's transaction, and announces the zones
     * they describe once it commits.
     *
     * @param zonesByCode the zones the reports describe
     */
    public void importAll(List<ZoneReport> checked, Map<String, ZoneView> zonesByCode, IntConsumer progress) {
        inTransaction(() -> {
            int done = 0;
            for (ZoneReport report : checked) {
                reports.insert(report);
                progress.accept(++done);
            }
            events.publishEvent(new MapDataChanged(MapDataChanged.ZONES, checked.stream().map(ZoneReport::zoneCode)
                    .distinct().map(zonesByCode::get).map(ReportWrites::footprint).toList()));
            return done;
        });
    }

    /** The set of source documents' ids as they are now, to check many reports against. */
    public Predicate<String> knownSources() {
        Set<String> ids = sources.all().stream().map(SourceDocument::id).collect(Collectors.toSet());
        return ids::contains;
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

    private ZoneView zone(String code) {
        return zones.findByCode(code).orElseThrow(() -> new UnknownRecordException("Zone", code));
    }

    /** Published inside the transaction, the event reaches its listeners once the transaction commits. */
    private void announce(ZoneView zone) {
        events.publishEvent(new MapDataChanged(MapDataChanged.ZONES, List.of(footprint(zone))));
    }

    private static Geometry footprint(ZoneView zone) {
        return zone.zone().boundary() != null ? zone.zone().boundary() : zone.place().markerPoint();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
