package vn.kcnatlas.report;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.AsOfParameter;
import vn.kcnatlas.web.ETags;
import vn.kcnatlas.web.JsonBodies;
import vn.kcnatlas.web.WriteAudit;
import vn.kcnatlas.web.WritePreconditions;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Periodic reports (read by all; entered and corrected by officials), targets with their progress,
 * occupancy statistics and their series, the zones late with a report, and the documents they cite.
 */
@RestController
class ReportController {

    private static final String AS_OF = "The day the figures describe, YYYY-MM-DD (Việt Nam); today without it."
            + " A malformed or future date is refused with 400.";
    private static final String TARGET_STATUS = "progress.status: met or missed once the target's year is over"
            + " (by a figure from that year or later, progress.evidence figure; without one, missed with evidence"
            + " none: the deadline passed without proof); while it is not, on_track or"
            + " at_risk: for occupancy, the least-squares line through the rates of the last three years (the"
            + " reports' area-weighted rates and the current figure) projected to 31 December of the target's year"
            + " (progress.projected) meets the target or not; with figures on fewer than two days, and for counts"
            + " and yes/no steps, by whether the current figure already meets it. no_data without a figure;"
            + " not_measured for indicators the registry does not hold until an official records their outcome"
            + " (recordable true; POST /api/targets/{id}/outcomes).";

    private final ReportRepository reports;
    private final ReportWrites writes;
    private final SourceRepository sources;
    private final ZoneRepository zones;
    private final ReportService service;
    private final LateReports late;
    private final JsonMapper json;
    private final Clock clock;

    ReportController(ReportRepository reports, ReportWrites writes, SourceRepository sources, ZoneRepository zones,
            ReportService service, LateReports late, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.writes = writes;
        this.sources = sources;
        this.zones = zones;
        this.service = service;
        this.late = late;
        this.json = json;
        this.clock = clock;
    }

    /** Where a report is read and corrected. */
    static String location(String zoneCode, long id) {
        return "/api/zones/" + zoneCode + "/reports/" + id;
    }

    @GetMapping("/api/zones/{code}/reports")
    List<ZoneReport> reportsOfZone(@PathVariable String code) {
        return reports.findByZone(zone(code).zone().code());
    }

    @GetMapping("/api/zones/{code}/reports/{id}")
    ResponseEntity<byte[]> read(@PathVariable String code, @PathVariable long id) {
        return answer(HttpStatus.OK, stored(code, id));
    }

    @Operation(summary = "Enter a periodic report (OFFICIAL, ADMIN)", description = "Body: period (2026-Q3,"
            + " 2026-H1 or 2026; the report describes its last day, which must be past), clearedHa (≤ the zone's"
            + " area), leasedHa (≤ its leasable area; makes the zone's occupancy from that day), tenants,"
            + " registeredCapitalBnVnd, wastewaterPlant (none, under_construction, operating), note, sourceId."
            + " 201 with Location and ETag; 422 with errors [{field, message}]; 409 when the zone has a report"
            + " describing that day, naming it (correct it with PUT and If-Match); 404 for an unknown zone.")
    @PostMapping(path = "/api/zones/{code}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> enter(@PathVariable String code, HttpServletRequest http, Principal user,
            NativeWebRequest request) {
        zone(code);
        ZoneReport entered = writes.enter(code, JsonBodies.read(http, json), WritePreconditions.actor(user));
        WriteAudit.written(request, "report " + code + "/" + entered.id(), entered.version());
        ResponseEntity<byte[]> answer = answer(HttpStatus.CREATED, entered);
        return ResponseEntity.created(URI.create(location(code, entered.id()))).headers(answer.getHeaders())
                .body(answer.getBody());
    }

    @Operation(summary = "Correct a periodic report (OFFICIAL, ADMIN)", description = "The body as for entering"
            + " one; the period may be repeated, not changed. If-Match with the report's ETag is required (428"
            + " without; 412 with the report as it now is when it was corrected since).")
    @PutMapping(path = "/api/zones/{code}/reports/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> correct(@PathVariable String code, @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        ZoneReport current = stored(code, id);
        int basedOn = WritePreconditions.basedOn(ifMatch, "report", String.valueOf(id), current.version(),
                () -> asMap(current));
        ZoneReport corrected;
        try {
            corrected = writes.correct(current, basedOn, JsonBodies.read(http, json), WritePreconditions.actor(user));
        } catch (StaleVersionException e) {
            ZoneReport now = stored(code, id);
            throw WritePreconditions.stale("report", String.valueOf(id), now.version(), basedOn, asMap(now));
        }
        WriteAudit.written(request, "report " + code + "/" + id, corrected.version());
        return answer(HttpStatus.OK, corrected);
    }

    @Operation(summary = "A report's entry and corrections, newest first, with who and when")
    @GetMapping("/api/zones/{code}/reports/{id}/history")
    Map<String, Object> history(@PathVariable String code, @PathVariable long id) {
        stored(code, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zone", code);
        body.put("report", id);
        body.put("versions", reports.history(id));
        return body;
    }

    @GetMapping("/api/zones/{code}/targets")
    List<TargetView> targetsOfZone(@PathVariable String code) {
        return service.targetsOf(zone(code));
    }

    @Operation(summary = "Every target with its progress, wording and source", description = TARGET_STATUS)
    @GetMapping("/api/targets")
    List<TargetView> targets(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return service.allTargets(AsOfParameter.parse("asOf", asOf, clock));
    }

    @Operation(summary = "Occupancy by group", description = "occupancyPct is area-weighted: sum of leased over"
            + " sum of leasable area, over the zones that have both (occupancyZoneCodes, zonesWithOccupancy)."
            + " Zones known only by a reported rate, without a leasable area, stay out of it (zonesRateOnly);"
            + " zones without figures are counted in zonesWithoutOccupancy, never as zeros. figuresAsOf is the"
            + " date of the oldest figure the rate rests on. " + TARGET_STATUS)
    @GetMapping("/api/stats/occupancy")
    List<OccupancyRow> occupancy(@RequestParam(defaultValue = "district") String groupBy,
            @Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return service.occupancy(grouping(groupBy), AsOfParameter.parse("asOf", asOf, clock));
    }

    @Operation(summary = "Occupancy and cleared area by group over time, from the periodic reports",
            description = "One point per day a report of the group describes, each zone counting with its latest"
                    + " report on or before it; the rate is the reports' leased areas over the zones' leasable"
                    + " areas (reports giving only a rate add none).")
    @GetMapping("/api/stats/series")
    List<SeriesRow> series(@RequestParam(defaultValue = "district") String groupBy) {
        return service.series(grouping(groupBy));
    }

    @Operation(summary = "Zones late with their report", description = "The last period (kcn.reports.period:"
            + " quarter, half or year) closed by asOf, and the zones operating or under construction without a"
            + " report describing its last day, with the date of their latest report.")
    @GetMapping("/api/reports/late")
    LateReports.Answer lateReports(@Parameter(description = AS_OF) @RequestParam(required = false) String asOf) {
        return late.asOf(AsOfParameter.parse("asOf", asOf, clock));
    }

    @GetMapping("/api/sources")
    List<SourceDocument> sources() {
        return sources.all();
    }

    private static ReportService.Grouping grouping(String groupBy) {
        return Coded.find(ReportService.Grouping.class, groupBy).orElseThrow(() ->
                ApiException.badParameter("groupBy", "groupBy '" + groupBy + "' is not one of "
                        + Coded.allowed(ReportService.Grouping.class)));
    }

    private ResponseEntity<byte[]> answer(HttpStatus status, ZoneReport report) {
        byte[] bytes = json.writeValueAsBytes(report);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .eTag(ETags.of("v" + report.version() + "-", bytes)).body(bytes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap(ZoneReport report) {
        return json.convertValue(report, Map.class);
    }

    private ZoneReport stored(String code, long id) {
        zone(code);
        return reports.find(code, id).orElseThrow(() -> new UnknownRecordException("Report", code + "/" + id));
    }

    private ZoneView zone(String code) {
        return zones.findByCode(code).orElseThrow(() -> ApiException.notFound("Zone", code));
    }
}
