package vn.kcnatlas.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.report.ReportRepository;
import vn.kcnatlas.report.ReportWrites;
import vn.kcnatlas.report.ZoneReport;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Imports periodic reports taken from documents, from a CSV table with the columns of geodata/reports.csv: each
 * for a zone that exists, a day that has passed and that the zone has no report for yet, its figures checked as
 * every report's are ({@link ReportWrites#checkDocumentReport}), citing a source document that exists (import
 * the documents first, with {@code import sources}).
 */
@Component
class ReportImport implements FeatureImport<ReportImport.Entry> {

    static final List<String> COLUMNS = List.of("zone_code", "as_of", "cleared_ha", "leased_ha", "occupancy_pct",
            "tenants", "registered_capital_bn_vnd", "wastewater_plant", "note", "source_id");
    /** The table's figure columns and the report members they are. */
    private static final Map<String, String> NUMBERS = Map.of("cleared_ha", "clearedHa", "leased_ha", "leasedHa",
            "tenants", "tenants", "registered_capital_bn_vnd", "registeredCapitalBnVnd");
    private static final Map<String, String> TEXTS = Map.of("wastewater_plant", "wastewaterPlant", "note", "note",
            "source_id", "sourceId");

    private final ReportWrites writes;
    private final ReportRepository reports;
    private final ZoneRepository zones;
    private final JsonMapper json;

    ReportImport(ReportWrites writes, ReportRepository reports, ZoneRepository zones, JsonMapper json) {
        this.writes = writes;
        this.reports = reports;
        this.zones = zones;
        this.json = json;
    }

    /** A checked report and the zone it describes. */
    record Entry(ZoneReport report, ZoneView zone) {
    }

    @Override
    public String kind() {
        return "reports";
    }

    @Override
    public List<String> tableColumns() {
        return COLUMNS;
    }

    @Override
    public Checked<Entry> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        Predicate<String> knownSource = writes.knownSources();
        Map<String, Optional<ZoneView>> zonesByCode = new HashMap<>();
        Set<String> days = new HashSet<>();
        List<Entry> accepted = new ArrayList<>();
        List<FeatureProblem> errors = new ArrayList<>();
        int done = 0;
        for (SourceFeature row : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            List<String> problems = new ArrayList<>();
            Entry entry = row.problem() == null ? check(row.properties(), zonesByCode, days, knownSource,
                    options.actor(), problems) : null;
            if (row.problem() != null) {
                problems.add(row.problem());
            }
            problems.forEach(problem -> errors.add(FeatureProblem.of(row, problem)));
            if (entry != null) {
                accepted.add(entry);
            }
        }
        return new Checked<>(accepted, errors, List.of());
    }

    private Entry check(JsonNode row, Map<String, Optional<ZoneView>> zonesByCode, Set<String> days,
            Predicate<String> knownSource, String by, List<String> problems) {
        String zoneCode = SourceImport.text(row, "zone_code");
        String day = SourceImport.text(row, "as_of");
        if (zoneCode == null || day == null) {
            problems.add("zone_code and as_of are required");
            return null;
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            problems.add("as_of '" + day + "' is not a date such as 2024-12-31");
            return null;
        }
        Optional<ZoneView> zone = zonesByCode.computeIfAbsent(zoneCode, code -> {
            Optional<ZoneView> found = zones.findByCode(code);
            found.ifPresent(z -> reports.findByZone(code).forEach(r -> days.add(code + "@" + r.asOf())));
            return found;
        });
        if (zone.isEmpty()) {
            problems.add("zone '" + zoneCode + "' does not exist");
            return null;
        }
        if (!days.add(zoneCode + "@" + asOf)) {
            problems.add("zone " + zoneCode + " has a report for " + asOf + " already, stored or earlier in the file");
            return null;
        }
        ObjectNode figures = json.createObjectNode();
        TEXTS.forEach((column, member) -> figures.put(member, SourceImport.text(row, column)));
        NUMBERS.forEach((column, member) -> {
            Double number = number(row, column, problems);
            if (number != null) {
                figures.put(member, number);
            }
        });
        Double occupancy = number(row, "occupancy_pct", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Entry(writes.checkDocumentReport(zone.get(), asOf, figures, occupancy, knownSource, by),
                    zone.get());
        } catch (ApiException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static Double number(JsonNode row, String column, List<String> problems) {
        String text = SourceImport.text(row, column);
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add("column " + column + " is not a number: '" + text + "'");
            return null;
        }
    }

    @Override
    public Imported write(List<Entry> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        Map<String, ZoneView> zonesByCode = new HashMap<>();
        accepted.forEach(e -> zonesByCode.putIfAbsent(e.report().zoneCode(), e.zone()));
        writes.importAll(accepted.stream().map(Entry::report).toList(), zonesByCode,
                done -> progress.advanced("writing", done, accepted.size()));
        return new Imported(accepted.size(), 0, 0);
    }
}
