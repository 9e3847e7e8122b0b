package vn.kcnatlas.report;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.zone.ZoneRepository;

/** Periodic reports, targets and the documents they cite. */
@RestController
class ReportController {

    private final ReportRepository reports;
    private final TargetRepository targets;
    private final SourceRepository sources;
    private final ZoneRepository zones;

    ReportController(ReportRepository reports, TargetRepository targets, SourceRepository sources,
            ZoneRepository zones) {
        this.reports = reports;
        this.targets = targets;
        this.sources = sources;
        this.zones = zones;
    }

    @GetMapping("/api/zones/{code}/reports")
    List<ZoneReport> reportsOfZone(@PathVariable String code) {
        if (!zones.exists(code)) {
            throw ApiException.notFound("Zone", code);
        }
        return reports.findByZone(code);
    }

    @GetMapping("/api/targets")
    List<TargetView> targets() {
        var byId = sources.all().stream()
                .collect(java.util.stream.Collectors.toMap(SourceDocument::id, s -> s));
        return targets.all().stream().map(t -> new TargetView(t, byId.get(t.sourceId()))).toList();
    }

    @GetMapping("/api/sources")
    List<SourceDocument> sources() {
        return sources.all();
    }

    /** A target with the document that sets it. */
    record TargetView(@com.fasterxml.jackson.annotation.JsonUnwrapped Target target, SourceDocument source) {
    }
}
