package vn.kcnatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.contact.Contact;
import vn.kcnatlas.contact.ContactRepository;
import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.report.ReportRepository;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.SourceRepository;
import vn.kcnatlas.report.Target;
import vn.kcnatlas.report.TargetRepository;
import vn.kcnatlas.report.TargetScope;
import vn.kcnatlas.report.WastewaterPlant;
import vn.kcnatlas.report.ZoneReport;
import vn.kcnatlas.store.SeedRunRepository;
import vn.kcnatlas.text.Coded;

/**
 * Loads the project's seed data (geodata/) into an empty store on the first start: provinces and
 * districts, the source documents, every zone of the seed plans, reports and targets. It runs once, in one
 * transaction, and records that it ran, so a restart loads nothing twice and a failure leaves the store as
 * it was. With {@code kcn.seed.demo-lots} it then loads the illustrative lot layout the same way, once: a
 * demonstration, kept apart from the facts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeedLoader implements ApplicationRunner {

    static final String SEED_NAME = "geodata";
    static final String DEMO_LOTS_NAME = "demo-lots";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final SeedRunRepository seedRuns;
    private final TransactionTemplate transactions;
    private final AdminUnitRepository adminUnits;
    private final SourceRepository sources;
    private final ContactRepository contacts;
    private final ReportRepository reports;
    private final TargetRepository targets;
    private final ImportService imports;
    private final ZoneImport zoneImport;
    private final LotImport lotImport;
    private final JsonMapper json;
    private final Clock clock;

    SeedLoader(SeedProperties properties, ResourceLoader resources, SeedRunRepository seedRuns,
            TransactionTemplate transactions, AdminUnitRepository adminUnits, SourceRepository sources,
            ContactRepository contacts, ReportRepository reports,
            TargetRepository targets, ImportService imports, ZoneImport zoneImport, LotImport lotImport,
            JsonMapper json, Clock clock) {
        this.properties = properties;
        this.resources = resources;
        this.seedRuns = seedRuns;
        this.transactions = transactions;
        this.adminUnits = adminUnits;
        this.sources = sources;
        this.contacts = contacts;
        this.reports = reports;
        this.targets = targets;
        this.imports = imports;
        this.zoneImport = zoneImport;
        this.lotImport = lotImport;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (seedRuns.hasRun(SEED_NAME)) {
            log.info("Seed data already loaded; leaving the store as it is");
        } else if (!storeEmpty()) {
            log.info("The store already holds zones; not loading the seed data");
            return;
        } else {
            transactions.executeWithoutResult(status -> load());
        }
        if (properties.demoLots() && !seedRuns.hasRun(DEMO_LOTS_NAME)) {
            transactions.executeWithoutResult(status -> loadDemoLots());
        }
    }

    private void loadDemoLots() {
        seedRuns.markRun(DEMO_LOTS_NAME, clock.instant());
        try {
            importGeoJson("lots.geojson", lotImport);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo lots at " + properties.location(), e);
        }
        log.warn("Loaded the illustrative lot layout (demo data): its lots are marked illustrative and feed no figure");
    }

    private boolean storeEmpty() {
        return adminUnits.provinces().isEmpty();
    }

    private void load() {
        Instant now = clock.instant();
        seedRuns.markRun(SEED_NAME, now);
        try {
            rows("provinces.csv").forEach(r -> adminUnits.insert(new Province(r.required("code"), r.required("name"),
                    point(r), null)));
            rows("districts.csv").forEach(r -> adminUnits.insert(new District(r.required("code"),
                    r.required("province_code"), r.required("name"),
                    UnitType.fromCode(r.required("unit_type")).orElseThrow(() -> r.fail("unit_type", "is unknown")),
                    point(r), null, null, 1)));
            rows("sources.csv").forEach(r -> sources.insert(new SourceDocument(r.required("id"), r.text("title"),
                    r.text("issuer"), r.text("issued"), r.required("kind"), r.text("url"))));
            rows("contacts.csv").forEach(r -> contacts.insert(new Contact(r.required("id"), r.required("kind"),
                    r.required("name_vi"), r.text("name_en"), r.text("phone"), r.text("email"), r.text("url"),
                    r.text("address"), r.required("source_id"))));
            importGeoJson("zones.geojson", zoneImport);
            rows("reports.csv").forEach(r -> reports.insert(report(r, now)));
            rows("targets.csv").forEach(r -> targets.insert(target(r)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the seed data at " + properties.location(), e);
        }
        log.info("Loaded the seed data from {}", properties.location());
    }

    private void importGeoJson(String file, FeatureImport<?> kind) throws IOException {
        Resource resource = resources.getResource(properties.location() + file);
        ImportReport report;
        try (InputStream in = resource.getInputStream()) {
            report = imports.run(kind, GeoJsonFeatureReader.read(in, file, json), ImportOptions.seeding(),
                    ImportProgress.NONE);
        } catch (UnreadableFileException e) {
            throw new IllegalStateException("The seed file " + file + " is unreadable: " + e.getMessage(), e);
        }
        if (!report.ok()) {
            throw new IllegalStateException("The seed file " + file + " was refused: " + report.errors().stream()
                    .map(FeatureProblem::describe).collect(Collectors.joining("; ")));
        }
    }

    private List<CsvRows.Row> rows(String file) throws IOException {
        return CsvRows.read(resources.getResource(properties.location() + file));
    }

    private static Point point(CsvRows.Row row) {
        return Wgs84.FACTORY.createPoint(new Coordinate(row.number("label_lon"), row.number("label_lat")));
    }

    private static ZoneReport report(CsvRows.Row r, Instant now) {
        String plant = r.text("wastewater_plant");
        Double tenants = r.number("tenants");
        return new ZoneReport(null, r.required("zone_code"), LocalDate.parse(r.required("as_of")), r.number("cleared_ha"),
                r.number("leased_ha"), r.number("occupancy_pct"), tenants == null ? null : tenants.intValue(),
                r.number("registered_capital_bn_vnd"),
                plant == null ? null : Coded.find(WastewaterPlant.class, plant)
                        .orElseThrow(() -> r.fail("wastewater_plant", "is unknown")),
                r.text("note"), r.text("source_id"), now, "seed");
    }

    private static Target target(CsvRows.Row r) {
        return new Target(null, Coded.find(TargetScope.class, r.required("scope_type"))
                .orElseThrow(() -> r.fail("scope_type", "is unknown")), r.required("scope_code"), r.text("zone_kind"),
                r.required("metric"), r.required("comparator"), r.number("value"), r.number("year").intValue(),
                r.required("source_id"), r.required("wording"));
    }
}
