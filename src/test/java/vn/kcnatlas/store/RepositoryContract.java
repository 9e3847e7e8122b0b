package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotAction;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.lot.LotStatus;
import vn.kcnatlas.report.ReportRepository;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.SourceRepository;
import vn.kcnatlas.report.Target;
import vn.kcnatlas.report.TargetRepository;
import vn.kcnatlas.report.TargetScope;
import vn.kcnatlas.report.ZoneReport;
import vn.kcnatlas.support.Zones;
import vn.kcnatlas.zone.ClearanceStatus;
import vn.kcnatlas.zone.HistoryAction;
import vn.kcnatlas.zone.LotTotals;
import vn.kcnatlas.zone.FigureFilter;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.OccupancyBasis;
import vn.kcnatlas.zone.Zone;
import vn.kcnatlas.zone.ZoneGeoJson;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * The behaviour every spatial store must show, run against each: H2GIS and PostGIS. The same
 * repositories, the same SQL, the same answers.
 */
abstract class RepositoryContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private ZoneRepository zones;
    private LotRepository lots;
    private AdminUnitRepository adminUnits;
    private ReportRepository reports;
    private TargetRepository targets;

    /** A freshly migrated, empty database of the store under test. */
    protected abstract DataSource freshDatabase();

    @BeforeEach
    void setUp() {
        DataSource dataSource = freshDatabase();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        adminUnits = new AdminUnitRepository(jdbc);
        zones = new ZoneRepository(jdbc, JsonMapper.builder().build(), new AdminUnits(adminUnits));
        lots = new LotRepository(jdbc, JsonMapper.builder().build());
        reports = new ReportRepository(jdbc, JsonMapper.builder().build());
        targets = new TargetRepository(jdbc);
        adminUnits.insert(new Province("dong-thap", "Đồng Tháp", point(105.73, 10.50), null));
        adminUnits.insert(new Province("kien-giang", "Kiên Giang", point(105.11, 9.73), null));
        adminUnits.insert(new District("dong-thap.huyen-cao-lanh", "dong-thap", "Cao Lãnh", UnitType.HUYEN,
                point(105.65, 10.57), null, null, 1));
        adminUnits.insert(new District("kien-giang.huyen-chau-thanh", "kien-giang", "Châu Thành", UnitType.HUYEN,
                point(105.17, 9.99), null, null, 1));
        new SourceRepository(jdbc).insert(new SourceDocument("plan-1", "Kế hoạch thử", "UBND", "2022", "plan", null));
    }

    @Test
    void storesAndReadsBackEveryFieldOfAZone() {
        Zone zone = Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545);
        zones.insert(zone, HistoryAction.CREATE, new Edit("planner", T0, null));

        ZoneView view = zones.findByCode("kcn-ba-sao").orElseThrow();

        assertThat(view.zone().withRevision(null)).isEqualTo(zone);
        assertThat(view.zone().boundary().getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(view.zone().revision().version()).isEqualTo(1);
        assertThat(view.zone().revision().updatedAt()).isEqualTo(T0);
        assertThat(view.zone().revision().updatedBy()).isEqualTo("planner");
        assertThat(view.place().provinceName()).isEqualTo("Đồng Tháp");
        assertThat(view.place().districtName()).isEqualTo("H. Cao Lãnh");
    }

    @Test
    void aZoneWithoutBoundaryIsMarkedAtItsDistrictLabelPoint() {
        Zone zone = withoutBoundary(Zones.zone("kcn-cao-lanh", "Cao Lãnh", ZoneKind.KCN, 105.6, 10.5));
        zones.insert(zone, HistoryAction.CREATE, new Edit("planner", T0, null));

        ZoneView view = zones.findByCode("kcn-cao-lanh").orElseThrow();

        assertThat(view.zone().boundary()).isNull();
        assertThat(view.place().markerPoint().getX()).isEqualTo(105.65);
        assertThat(view.place().markerPoint().getY()).isEqualTo(10.57);
        assertThat(view.figures().geometricAreaHa()).isNull();
    }

    @Test
    void filtersByKindProvinceDistrictStatusesAndBoundingBox() {
        zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545),
                HistoryAction.CREATE, new Edit("p", T0, null));
        zones.insert(Zones.zone("ccn-binh-an", "Bình An", ZoneKind.CCN, 105.13, 9.89),
                HistoryAction.CREATE, new Edit("p", T0, null));
        jdbc.sql("UPDATE zone SET province_code = 'kien-giang', district_code = 'kien-giang.huyen-chau-thanh',"
                + " lifecycle = 'operating', clearance_status = 'completed', investment_status = 'closed'"
                + " WHERE code = 'ccn-binh-an'").update();

        assertThat(codes(query(Set.of(ZoneKind.CCN), Set.of(), Set.of(), null))).containsExactly("ccn-binh-an");
        assertThat(codes(query(Set.of(), Set.of("dong-thap"), Set.of(), null))).containsExactly("kcn-ba-sao");
        assertThat(codes(query(Set.of(), Set.of(), Set.of("kien-giang.huyen-chau-thanh"), null)))
                .containsExactly("ccn-binh-an");
        assertThat(codes(zones.find(new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(InvestmentStatus.CLOSED),
                Set.of(ClearanceStatus.COMPLETED), Set.of(Lifecycle.OPERATING), null, null, List.of()))))
                .containsExactly("ccn-binh-an");
        assertThat(codes(query(Set.of(), Set.of(), Set.of(), new BoundingBox(105.6, 10.5, 105.7, 10.6))))
                .containsExactly("kcn-ba-sao");
        assertThat(codes(query(Set.of(), Set.of(), Set.of(), new BoundingBox(106.0, 11.0, 106.1, 11.1)))).isEmpty();
        assertThat(codes(query(Set.of(), Set.of(), Set.of(), null))).containsExactly("ccn-binh-an", "kcn-ba-sao");
    }

    @Test
    void theBoundingBoxFilterTestsTheShapeNotOnlyItsEnvelope() {
        // A thin diagonal zone whose envelope covers the box, but whose shape does not reach it.
        var diagonal = Wgs84.toMultiPolygon(Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(105.60, 10.50), new Coordinate(105.70, 10.60), new Coordinate(105.70, 10.601),
            new Coordinate(105.60, 10.501), new Coordinate(105.60, 10.50)}));
        Zone zone = Zones.zone("kcn-cheo", "Chéo", ZoneKind.KCN, 105.65, 10.55);
        zones.insert(new Zone(zone.code(), zone.name(), null, zone.kind(), zone.provinceCode(), zone.districtCode(),
                null, zone.lifecycle(), null, null, diagonal, zone.boundaryQuality(), zone.land(), zone.investment(),
                zone.provenance(), null), HistoryAction.CREATE, new Edit("p", T0, null));

        assertThat(codes(query(Set.of(), Set.of(), Set.of(), new BoundingBox(105.60, 10.58, 105.62, 10.60)))).isEmpty();
        assertThat(codes(query(Set.of(), Set.of(), Set.of(), new BoundingBox(105.64, 10.53, 105.66, 10.56))))
                .containsExactly("kcn-cheo");
    }

    @Test
    void findsZonesByNameWithOrWithoutDiacritics() {
        zones.insert(Zones.zone("ccn-thuong-phuoc", "Thường Phước", ZoneKind.CCN, 105.24, 10.84), HistoryAction.CREATE,
                new Edit("p", T0, null));
        zones.insert(Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.815, 10.515),
                HistoryAction.CREATE, new Edit("p", T0, null));

        assertThat(codes(search("thuong phuoc"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes(search("Thường Phước"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes(search("THUONG"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes(search("cụm công nghiệp phước"))).containsExactly("ccn-thuong-phuoc");
        assertThat(codes(search("kcn tan kieu"))).containsExactly("kcn-tan-kieu");
        assertThat(codes(zones.find(rawTerms("tan_kieu")))).as("_ is not a wildcard").isEmpty();
        assertThat(codes(zones.find(rawTerms("%")))).as("%% is not a wildcard").isEmpty();
    }

    @Test
    void anUpdateMovesToTheNextVersionAndKeepsTheOldOneInHistory() {
        Zone v1 = zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.CREATE,
                new Edit("planner", T0, null));
        Zone moved = Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.66, 10.55);

        Zone v2 = zones.update(v1, moved,
                HistoryAction.UPDATE, new Edit("other-planner", T0.plus(1, ChronoUnit.HOURS), null));

        assertThat(v2.revision().version()).isEqualTo(2);
        assertThat(zones.findByCode("kcn-ba-sao").orElseThrow().zone().boundary()).isEqualTo(moved.boundary());
        List<String> history = jdbc.sql("SELECT action || ':' || version || ':' || changed_by FROM zone_history"
                + " WHERE zone_code = 'kcn-ba-sao' ORDER BY version").query(String.class).list();
        assertThat(history).containsExactly("create:1:planner", "update:2:other-planner");
        String before = jdbc.sql("SELECT before_json FROM zone_history WHERE version = 2").query(String.class).single();
        assertThat(before).contains("\"version\":1").contains("105.65");
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        Zone v1 = zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.CREATE,
                new Edit("a", T0, null));
        zones.update(v1, Zones.zone("kcn-ba-sao", "Ba Sao mới", ZoneKind.KCN, 105.655, 10.545), HistoryAction.UPDATE,
                new Edit("a", T0, null));

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> zones.update(v1,
                Zones.zone("kcn-ba-sao", "Ba Sao cũ", ZoneKind.KCN, 105.655, 10.545), HistoryAction.UPDATE,
                new Edit("b", T0, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(zones.findByCode("kcn-ba-sao").orElseThrow().zone().name()).isEqualTo("Ba Sao mới");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_history").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theStoreRejectsImpossibleFigures() {
        zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545),
                HistoryAction.CREATE, new Edit("a", T0, null));

        assertRejected("UPDATE zone SET leased_ha = 80 WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET leasable_ha = 120 WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET cleared_ha = 101 WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET area_ha = -5 WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET lifecycle = 'abandoned' WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET kind = 'KKT' WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET investment_status = 'open' WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET boundary_quality = NULL WHERE code = 'kcn-ba-sao'");
        assertRejected("UPDATE zone SET code = 'KCN Ba Sao' WHERE code = 'kcn-ba-sao'");
        assertThat(zones.findByCode("kcn-ba-sao").orElseThrow().zone().land().leasedHa()).isEqualTo(10.0);
    }

    @Test
    void aLotIsVersionedLikeAZoneAndItsHistoryOutlivesIt() {
        zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.CREATE,
                new Edit("a", T0, "lập quy hoạch"));
        Lot v1 = lots.insert(lot("L1", 105.653, LotStatus.AVAILABLE, 2.0), LotAction.CREATE, new Edit("a", T0, null));
        Lot v2 = lots.update(v1, v1.withStatus(LotStatus.LEASED), LotAction.STATUS, new Edit("b", T0, "hợp đồng"));

        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> lots.update(v1,
                v1.withStatus(LotStatus.RESERVED), LotAction.STATUS, new Edit("c", T0, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> lots.delete(v1, new Edit("c", T0, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(lots.find("kcn-ba-sao", "L1").orElseThrow().status()).isEqualTo(LotStatus.LEASED);

        lots.delete(v2, new Edit("b", T0, "trả lại"));

        assertThat(lots.find("kcn-ba-sao", "L1")).isEmpty();
        assertThat(jdbc.sql("SELECT action || ':' || version || ':' || changed_by || ':' || COALESCE(comment, '-')"
                + " FROM lot_history WHERE lot_code = 'L1' ORDER BY id").query(String.class).list())
                .containsExactly("create:1:a:-", "status:2:b:hợp đồng", "delete:3:b:trả lại");
        assertThat(jdbc.sql("SELECT comment FROM zone_history WHERE zone_code = 'kcn-ba-sao'").query(String.class)
                .single()).isEqualTo("lập quy hoạch");
    }

    @Test
    void lotsAndReportsFeedTheDerivedFigures() {
        Zone zone = Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545);
        zones.insert(withLandFigures(zone, null, null), HistoryAction.CREATE, new Edit("a", T0, null));
        lots.insert(lot("L1", 105.653, LotStatus.LEASED, 6.0), LotAction.IMPORT, new Edit("a", T0, null));
        lots.insert(lot("L2", 105.655, LotStatus.AVAILABLE, 3.0), LotAction.IMPORT, new Edit("a", T0, null));
        lots.insert(lot("L3", 105.657, LotStatus.RESERVED, 1.0), LotAction.IMPORT, new Edit("a", T0, null));
        zones.refreshLotTotals(Set.of("kcn-ba-sao"));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2021, 12, 31), null, null, 55.0, 4, null, null,
                "cũ", "plan-1", T0, "official"));

        ZoneView view = zones.findByCode("kcn-ba-sao").orElseThrow();

        assertThat(view.figures().lots().count()).isEqualTo(3);
        assertThat(view.figures().leasableHa()).isEqualTo(10.0);
        assertThat(view.figures().leasedHa()).isEqualTo(6.0);
        assertThat(view.figures().availableHa()).isEqualTo(4.0);
        assertThat(view.figures().occupancyPct()).isCloseTo(60.0, within(1e-9));
        assertThat(view.figures().occupancyBasis()).isEqualTo(OccupancyBasis.LEASED_AREA);
        assertThat(lots.findByZone("kcn-ba-sao")).extracting(Lot::code).containsExactly("L1", "L2", "L3");
        assertThat(codes(zones.find(new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                new FigureFilter(3.5, null, null, false),
                null, List.of())))).containsExactly("kcn-ba-sao");
        assertThat(codes(zones.find(new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                new FigureFilter(4.5, null, null, false),
                null, List.of())))).isEmpty();
    }

    @Test
    void withoutAreasTheLatestReportedOccupancyIsUsed() {
        zones.insert(withLandFigures(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), null, null),
                HistoryAction.CREATE, new Edit("a", T0, null));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2021, 12, 31), null, null, 55.0, null, null, null,
                null, null, T0, "official"));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2023, 6, 30), null, null, 72.5, null, null, null,
                null, null, T0, "official"));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2024, 6, 30), 40.0, null, null, null, null, null,
                "no rate given", null, T0, "official"));

        ZoneView view = zones.findByCode("kcn-ba-sao").orElseThrow();

        assertThat(view.figures().occupancyPct()).isEqualTo(72.5);
        assertThat(view.figures().occupancyBasis()).isEqualTo(OccupancyBasis.REPORTED);
        assertThat(view.figures().occupancyAsOf()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(reports.findByZone("kcn-ba-sao")).extracting(ZoneReport::asOf).containsExactly(
                LocalDate.of(2024, 6, 30), LocalDate.of(2023, 6, 30), LocalDate.of(2021, 12, 31));
    }

    @Test
    void asOfADayTheZonesAreTheVersionsRecordedByItsEnd() {
        Zone v1 = zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.CREATE,
                new Edit("planner", T0, null));
        Zone moved = Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.66, 10.55);
        zones.update(v1, moved, HistoryAction.UPDATE, new Edit("planner", Instant.parse("2026-03-01T03:00:00Z"), null));
        zones.insert(Zones.zone("ccn-binh-an", "Bình An", ZoneKind.CCN, 105.13, 9.89), HistoryAction.CREATE,
                new Edit("planner", Instant.parse("2026-03-10T03:00:00Z"), null));

        ZoneView before = zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 2, 28)).orElseThrow();
        ZoneView after = zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 3, 1)).orElseThrow();

        assertThat(before.zone().revision().version()).isEqualTo(1);
        assertThat(before.zone().boundary().getCentroid().getX()).isCloseTo(105.655, within(1e-6));
        assertThat(after.zone().revision().version()).isEqualTo(2);
        assertThat(after.zone().boundary().getCentroid().getX()).isCloseTo(105.66, within(1e-6));
        assertThat(codes(zones.find(ZoneQuery.ALL, LocalDate.of(2026, 3, 9)))).containsExactly("kcn-ba-sao");
        assertThat(codes(zones.find(ZoneQuery.ALL, LocalDate.of(2026, 3, 10)))).containsExactly("ccn-binh-an",
                "kcn-ba-sao");
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2025, 12, 31))).as("created on 1 January 2026").isEmpty();
        assertThat(codes(zones.findDrawable(new BoundingBox(105.6, 10.5, 105.7, 10.6), LocalDate.of(2026, 2, 1), Band.FULL)))
                .containsExactly("kcn-ba-sao");
    }

    @Test
    void aZoneLoadedFromTheSeedStandsFromTheBeginningButItsFiguresOnlyFromTheirDate() {
        Zone seeded = withLandFigures(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), 100.0, 40.0);
        zones.insert(seeded, HistoryAction.SEED, new Edit("seed", T0, null));

        ZoneView longBefore = zones.findByCode("kcn-ba-sao", LocalDate.of(2019, 6, 30)).orElseThrow();
        ZoneView onItsDate = zones.findByCode("kcn-ba-sao", seeded.provenance().asOf()).orElseThrow();

        assertThat(longBefore.figures().leasedHa()).as("described later than this day").isNull();
        assertThat(longBefore.figures().occupancyPct()).isNull();
        assertThat(onItsDate.figures().leasedHa()).isEqualTo(40.0);
    }

    @Test
    void asOfADayOccupancyComesFromTheReportsDatedByThenAndLotsFromTheirHistory() {
        zones.insert(withLandFigures(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), null, null),
                HistoryAction.CREATE, new Edit("a", T0, null));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2026, 3, 31), null, null, 55.0, null, null, null,
                null, null, T0, "official"));
        reports.insert(new ZoneReport(null, "kcn-ba-sao", LocalDate.of(2026, 6, 30), null, null, 72.5, null, null, null,
                null, null, T0, "official"));
        Lot lot = lots.insert(lot("L1", 105.653, LotStatus.AVAILABLE, 6.0), LotAction.CREATE,
                new Edit("a", Instant.parse("2026-04-01T03:00:00Z"), null));
        lots.update(lot, lot.withStatus(LotStatus.LEASED), LotAction.STATUS,
                new Edit("a", Instant.parse("2026-05-01T03:00:00Z"), null));
        zones.refreshLotTotals(Set.of("kcn-ba-sao"));

        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 3, 30)).orElseThrow().figures().occupancyPct())
                .isNull();
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 3, 31)).orElseThrow().figures())
                .returns(55.0, f -> f.occupancyPct()).returns(0, f -> f.lots().count());
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 4, 15)).orElseThrow().figures())
                .returns(0.0, f -> f.lots().leasedHa()).returns(6.0, f -> f.lots().availableHa());
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2026, 5, 1)).orElseThrow().figures())
                .returns(6.0, f -> f.lots().leasedHa()).returns(100.0, f -> f.occupancyPct());
    }

    @Test
    void asOfADayTheLotsAreTheirLatestVersionsByItsEndSummedAsNow() {
        zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.SEED,
                new Edit("seed", T0, null));
        zones.insert(Zones.zone("ccn-binh-an", "Bình An", ZoneKind.CCN, 105.13, 9.89), HistoryAction.SEED,
                new Edit("seed", T0, null));
        Edit april = new Edit("a", Instant.parse("2026-04-01T03:00:00Z"), null);
        Edit may = new Edit("a", Instant.parse("2026-05-01T03:00:00Z"), null);
        Edit june = new Edit("a", Instant.parse("2026-06-01T03:00:00Z"), null);
        Lot l1 = lots.insert(lot("L1", 105.653, LotStatus.AVAILABLE, 6.0), LotAction.CREATE, april);
        lots.insert(illustrative(lot("L2", 105.655, LotStatus.LEASED, 2.0)), LotAction.CREATE, april);
        Lot l3 = lots.insert(lot("L3", 105.657, LotStatus.RESERVED, 1.0), LotAction.CREATE, april);
        Lot l1Leased = lots.update(l1, l1.withStatus(LotStatus.LEASED), LotAction.STATUS, may);
        lots.delete(l3, may);
        lots.insert(lot("L4", 105.652, LotStatus.AVAILABLE, 3.0), LotAction.CREATE, may);
        lots.insert(new Lot("ccn-binh-an", "B1", Zones.square(105.13, 9.89, 150), 5.0, LotStatus.LEASED, "B", null,
                "test", false, 0, null), LotAction.CREATE, may);
        lots.delete(l1Leased, june);
        lots.insert(new Lot("kcn-ba-sao", "L1", Zones.square(105.653, 10.545, 150), 4.0, LotStatus.RESERVED, "C",
                null, "test", false, 0, null), LotAction.CREATE, new Edit("a", Instant.parse("2026-06-02T03:00:00Z"),
                        null));
        zones.refreshLotTotals(Set.of("kcn-ba-sao", "ccn-binh-an"));

        assertThat(lotsOn("kcn-ba-sao", LocalDate.of(2026, 3, 31))).isEqualTo(LotTotals.NONE);
        assertThat(lotsOn("kcn-ba-sao", LocalDate.of(2026, 4, 30))).as("the illustrative lot counted, not summed")
                .isEqualTo(new LotTotals(3, 1, 7.0, 0, 1.0, 6.0, LocalDate.of(2026, 4, 1)));
        assertThat(lotsOn("ccn-binh-an", LocalDate.of(2026, 4, 30))).as("its lots all made later")
                .isEqualTo(LotTotals.NONE);
        assertThat(lotsOn("kcn-ba-sao", LocalDate.of(2026, 5, 1))).as("L1 leased, L3 deleted, L4 made")
                .isEqualTo(new LotTotals(3, 1, 9.0, 6.0, 0, 3.0, LocalDate.of(2026, 5, 1)));
        assertThat(lotsOn("kcn-ba-sao", LocalDate.of(2026, 6, 1))).as("L1 deleted")
                .isEqualTo(new LotTotals(2, 1, 3.0, 0, 0, 3.0, LocalDate.of(2026, 5, 1)));
        assertThat(lotsOn("kcn-ba-sao", LocalDate.of(2026, 6, 2))).as("L1 made again, from version 1")
                .isEqualTo(new LotTotals(3, 1, 7.0, 0, 4.0, 3.0, LocalDate.of(2026, 6, 2)));
        LocalDate later = LocalDate.of(2027, 1, 1);
        for (String code : List.of("kcn-ba-sao", "ccn-binh-an")) {
            assertThat(lotsOn(code, later)).as("a later day, summed from the history as now from the lots")
                    .isEqualTo(zones.findByCode(code).orElseThrow().figures().lots());
        }
        assertThat(zones.find(ZoneQuery.ALL, LocalDate.of(2026, 5, 1))).extracting(v -> v.figures().lots())
                .as("every zone at once, as one by one").containsExactly(lotsOn("ccn-binh-an", LocalDate.of(2026, 5, 1)),
                        lotsOn("kcn-ba-sao", LocalDate.of(2026, 5, 1)));
    }

    private LotTotals lotsOn(String code, LocalDate day) {
        return zones.findByCode(code, day).orElseThrow().figures().lots();
    }

    @Test
    void asOfTodayEveryZoneReadsAsItIsNow() {
        Zone v1 = zones.insert(Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.SEED,
                new Edit("seed", T0, null));
        zones.update(v1, Zones.zone("kcn-ba-sao", "Ba Sao mới", ZoneKind.KCN, 105.66, 10.55), HistoryAction.UPDATE,
                new Edit("planner", T0.plus(1, ChronoUnit.HOURS), "đo lại"));
        zones.insert(withoutBoundary(Zones.zone("kcn-cao-lanh", "Cao Lãnh", ZoneKind.KCN, 105.6, 10.5)),
                HistoryAction.IMPORT, new Edit("importer", T0, null));
        zones.insert(withLandFigures(Zones.zone("ccn-thuong-phuoc", "Thường Phước", ZoneKind.CCN, 105.24, 10.84), null,
                null), HistoryAction.CREATE, new Edit("planner", T0, null));
        Lot lot = lots.insert(lot("L1", 105.653, LotStatus.AVAILABLE, 6.0), LotAction.CREATE, new Edit("a", T0, null));
        lots.insert(lot("L2", 105.655, LotStatus.LEASED, 2.0), LotAction.CREATE, new Edit("a", T0, null));
        lots.delete(lot, new Edit("a", T0.plus(2, ChronoUnit.HOURS), null));
        zones.refreshLotTotals(Set.of("kcn-ba-sao"));
        reports.insert(new ZoneReport(null, "ccn-thuong-phuoc", LocalDate.of(2025, 12, 31), null, null, 30.0, null,
                null, null, null, "plan-1", T0, "official"));
        LocalDate later = LocalDate.of(2027, 1, 1);

        for (ZoneQuery query : List.of(ZoneQuery.ALL, rawTerms("ba", "sao"), ZoneQuery.inBox(new BoundingBox(105.6, 10.5,
                105.7, 10.6)), new ZoneQuery(Set.of(ZoneKind.CCN), Set.of(), Set.of(), Set.of(), Set.of(),
                        Set.of(), new FigureFilter(null, 10.0, null, true), null, List.of()))) {
            List<ZoneView> now = zones.find(query);
            List<ZoneView> asOf = zones.find(query, later);
            assertThat(features(asOf)).isEqualTo(features(now));
            for (int i = 0; i < now.size(); i++) {
                Double measuredNow = now.get(i).figures().geometricAreaHa();
                Double measuredThen = asOf.get(i).figures().geometricAreaHa();
                assertThat(measuredThen == null ? -1 : measuredThen).isCloseTo(measuredNow == null ? -1 : measuredNow,
                        within(0.011));
            }
        }
    }

    @Test
    void districtBoundariesAreStoredAndVersioned() {
        var boundary = Zones.square(105.65, 10.57, 20_000);
        adminUnits.updateBoundary("dong-thap.huyen-cao-lanh", boundary, "test");

        District district = adminUnits.district("dong-thap.huyen-cao-lanh").orElseThrow();

        assertThat(district.boundary()).isEqualTo(boundary);
        assertThat(district.boundarySource()).isEqualTo("test");
        assertThat(district.version()).isEqualTo(2);
        assertThat(adminUnits.districtsWithoutBoundaries()).allMatch(d -> d.boundary() == null);
    }

    @Test
    void targetsKeepTheirScopeAndWording() {
        zones.insert(Zones.zone("ccn-binh-an", "Bình An", ZoneKind.CCN, 105.13, 9.89),
                HistoryAction.CREATE, new Edit("p", T0, null));
        targets.insert(new Target(null, TargetScope.PROVINCE, "kien-giang", "CCN", "occupancy_pct", ">", 40, 2025, "plan-1",
                "cụm công nghiệp đạt trên 40%"));
        targets.insert(new Target(null, TargetScope.ZONE, "ccn-binh-an", "CCN", "construction_completed", "=", 1, 2025,
                "plan-1", "Bình An, huyện Châu Thành"));

        assertThat(targets.all()).extracting(Target::scope, Target::scopeCode, Target::wording).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TargetScope.PROVINCE, "kien-giang", "cụm công nghiệp đạt trên 40%"),
                org.assertj.core.groups.Tuple.tuple(TargetScope.ZONE, "ccn-binh-an", "Bình An, huyện Châu Thành"));
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO target (scope_type, zone_code, metric, comparator, target_value,"
                + " target_year, source_id, wording) VALUES ('province', 'ccn-binh-an', 'occupancy_pct', '>', 1, 2025,"
                + " 'plan-1', 'x')").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void assertRejected(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).isInstanceOf(DataIntegrityViolationException.class);
    }

    private List<ZoneView> query(Set<ZoneKind> kinds, Set<String> provinces, Set<String> districts, BoundingBox bbox) {
        return zones.find(new ZoneQuery(kinds, provinces, districts, Set.of(), Set.of(), Set.of(), null, bbox, List.of()));
    }

    private List<ZoneView> search(String text) {
        String folded = vn.kcnatlas.text.VietnameseText.fold(text);
        return zones.find(new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                List.of(folded.split(" "))));
    }

    private static ZoneQuery rawTerms(String... terms) {
        return new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, List.of(terms));
    }

    /**
     * The zones as the API writes them, the geometry rounded as it is served; the area measured on it is
     * left out, since rounding may move it by its last digit.
     */
    private static List<String> features(List<ZoneView> views) {
        JsonMapper json = JsonMapper.builder().build();
        return views.stream().map(v -> json.writeValueAsString(ZoneGeoJson.feature(v).toJson())
                .replaceAll("\"geometricAreaHa\":[0-9.]+,", "")).toList();
    }

    private static List<String> codes(List<ZoneView> views) {
        return views.stream().map(v -> v.zone().code()).toList();
    }

    private static org.locationtech.jts.geom.Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private static Lot lot(String code, double lon, LotStatus status, double areaHa) {
        return new Lot("kcn-ba-sao", code, Zones.square(lon, 10.545, 150), areaHa, status,
                status == LotStatus.AVAILABLE ? null : "Doanh nghiệp A", null, "test", false, 0, null);
    }

    private static Lot illustrative(Lot lot) {
        return new Lot(lot.zoneCode(), lot.code(), lot.boundary(), lot.areaHa(), lot.status(), null, null, null, true,
                lot.version(), lot.updatedAt());
    }

    private static Zone withoutBoundary(Zone zone) {
        return new Zone(zone.code(), zone.name(), null, zone.kind(), zone.provinceCode(), zone.districtCode(), null,
                zone.lifecycle(), null, null, null, null, zone.land(), zone.investment(), zone.provenance(), null);
    }

    private static Zone withLandFigures(Zone zone, Double leasable, Double leased) {
        var land = new vn.kcnatlas.zone.LandFigures(zone.land().areaHa(), leasable, zone.land().clearanceStatus(),
                zone.land().clearedHa(), leased);
        return new Zone(zone.code(), zone.name(), zone.nameInSource(), zone.kind(), zone.provinceCode(),
                zone.districtCode(), zone.commune(), zone.lifecycle(), zone.decisionNumber(), zone.decisionDate(),
                zone.boundary(), zone.boundaryQuality(), land, zone.investment(), zone.provenance(), null);
    }
}
