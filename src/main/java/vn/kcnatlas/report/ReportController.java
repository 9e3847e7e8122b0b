package vn.kcnatlas.report;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/** Periodic reports, targets with their progress, occupancy statistics and the documents they cite. */
@RestController
class ReportController {

    private final ReportRepository reports;
    private final SourceRepository sources;
    private final ZoneRepository zones;
    private final ReportService service;

    ReportController(ReportRepository reports, SourceRepository sources, ZoneRepository zones, ReportService service) {
        this.reports = reports;
        this.sources = sources;
        this.zones = zones;
        this.service = service;
    }

    @GetMapping("/api/zones/{code}/reports")
    List<ZoneReport> reportsOfZone(@PathVariable String code) {
        return reports.findByZone(zone(code).zone().code());
    }

    @GetMapping("/api/zones/{code}/targets")
    List<TargetView> targetsOfZone(@PathVariable String code) {
        return service.targetsOf(zone(code));
    }

    @GetMapping("/api/targets")
    List<TargetView> targets() {
        return service.allTargets();
    }

    @GetMapping("/api/stats/occupancy")
    List<OccupancyRow> occupancy(@RequestParam(defaultValue = "district") String groupBy) {
        ReportService.Grouping grouping = Coded.find(ReportService.Grouping.class, groupBy).orElseThrow(() ->
                ApiException.badParameter("groupBy", "groupBy '" + groupBy + "' is not one of "
                        + Coded.allowed(ReportService.Grouping.class)));
        return service.occupancy(grouping);
    }

    @GetMapping("/api/sources")
    List<SourceDocument> sources() {
        return sources.all();
    }

    private ZoneView zone(String code) {
        return zones.findByCode(code).orElseThrow(() -> ApiException.notFound("Zone", code));
    }
}
