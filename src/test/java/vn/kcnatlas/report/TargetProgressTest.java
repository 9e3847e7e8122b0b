package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.kcnatlas.report.ReportFixtures.CAO_LANH;
import static vn.kcnatlas.report.ReportFixtures.CHAU_THANH_KG;
import static vn.kcnatlas.report.ReportFixtures.HA_TIEN;
import static vn.kcnatlas.report.ReportFixtures.TP_CAO_LANH;
import static vn.kcnatlas.report.ReportFixtures.measured;
import static vn.kcnatlas.report.ReportFixtures.reported;
import static vn.kcnatlas.report.ReportFixtures.staged;
import static vn.kcnatlas.report.ReportFixtures.target;
import static vn.kcnatlas.report.ReportFixtures.unmeasured;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kcnatlas.report.Progress.Status;
import vn.kcnatlas.text.Localized;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneView;

class TargetProgressTest {

    /** A day within the fixtures' target year, 2025: targets are judged by the latest figures as they stand. */
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    /** The day the fixtures' declared figures describe. */
    private static final LocalDate DECLARED_ON = ReportFixtures.DECLARED_ON;
    private static final ZoneView KCN_CAO_LANH = measured("kcn-cao-lanh", CAO_LANH, 100.0, 100, 90);
    private static final ZoneView CCN_CAO_LANH = measured("ccn-cao-lanh", CAO_LANH, 50.0, 40, 10);
    private static final ZoneView CCN_TP_CAO_LANH = measured("ccn-tp-cao-lanh", TP_CAO_LANH, 50.0, 40, 30);
    private static final ZoneView KCN_KIEN_GIANG = measured("kcn-thanh-loc", CHAU_THANH_KG, 200.0, 150, 30);

    // --- appliesTo ---

    @Test
    void zoneTargetAppliesToItsZoneOnly() {
        Target target = target(TargetScope.ZONE, "kcn-cao-lanh", null, "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_CAO_LANH)).isFalse();
    }

    @Test
    void zoneTargetIgnoresItsZoneKind() {
        Target target = target(TargetScope.ZONE, "kcn-cao-lanh", "CCN", "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isTrue();
    }

    @Test
    void districtTargetWithoutKindAppliesToEveryZoneOfTheDistrict() {
        Target target = target(TargetScope.DISTRICT, CAO_LANH, null, "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_TP_CAO_LANH)).isFalse();
        assertThat(TargetProgress.appliesTo(target, KCN_KIEN_GIANG)).isFalse();
    }

    @Test
    void districtTargetWithKindAppliesToThatKindOnly() {
        Target target = target(TargetScope.DISTRICT, CAO_LANH, "KCN", "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_CAO_LANH)).isFalse();
    }

    @Test
    void provinceTargetWithoutKindAppliesToEveryZoneOfTheProvince() {
        Target target = target(TargetScope.PROVINCE, "dong-thap", null, "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_TP_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, KCN_KIEN_GIANG)).isFalse();
    }

    @Test
    void provinceTargetWithKindAppliesToThatKindOnly() {
        Target target = target(TargetScope.PROVINCE, "dong-thap", "CCN", "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isFalse();
        assertThat(TargetProgress.appliesTo(target, CCN_CAO_LANH)).isTrue();
        assertThat(TargetProgress.appliesTo(target, CCN_TP_CAO_LANH)).isTrue();
    }

    @Test
    void districtCodeIsNotMistakenForAProvinceCode() {
        Target target = target(TargetScope.PROVINCE, CAO_LANH, null, "occupancy_pct", ">", 80);
        assertThat(TargetProgress.appliesTo(target, KCN_CAO_LANH)).isFalse();
    }

    // --- occupancy_pct ---

    @Test
    void zoneOccupancyTargetMet() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-cao-lanh", "KCN", "occupancy_pct", ">", 80),
                List.of(KCN_CAO_LANH, CCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.ON_TRACK, 90.0, "%", null, DECLARED_ON));
    }

    @Test
    void zoneOccupancyTargetNotMet() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-cao-lanh", "CCN", "occupancy_pct", ">", 80),
                List.of(KCN_CAO_LANH, CCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.AT_RISK, 25.0, "%", null, DECLARED_ON));
    }

    @Test
    void zoneOccupancyTargetFromReportedRate() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-b", null, "occupancy_pct", ">=", 60),
                List.of(reported("ccn-b", CAO_LANH, 60)), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.current()).isEqualTo(60.0);
    }

    @Test
    void zoneOccupancyTargetWithoutFiguresHasNoData() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-x", null, "occupancy_pct", ">", 80),
                List.of(unmeasured("ccn-x", CAO_LANH)), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.NO_DATA);
        assertThat(progress.current()).isNull();
        assertThat(progress.unit()).isEqualTo("%");
        assertThat(progress.note()).isEqualTo(new Localized("Chưa có số liệu lấp đầy", "No occupancy figures yet"));
    }

    @Test
    void occupancyTargetOverAnEmptyScopeHasNoData() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-gone", null, "occupancy_pct", ">", 80),
                List.of(KCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void provinceKcnTargetUsesLeasedOverLeasableOfItsKcnOnly() {
        List<ZoneView> zones = List.of(
                measured("kcn-a", CHAU_THANH_KG, 200.0, 150, 30),
                measured("kcn-b", HA_TIEN, 100.0, 50, 45),
                unmeasured("kcn-c", HA_TIEN),
                measured("ccn-d", HA_TIEN, 20.0, 10, 10),
                measured("kcn-e", CAO_LANH, 100.0, 100, 100));
        Progress progress = progressOf(target(TargetScope.PROVINCE, "kien-giang", "KCN", "occupancy_pct", ">",
                65), zones, List.of(), TODAY);
        // (30 + 45) / (150 + 50): the CCN and the Đồng Tháp zone stay out; kcn-c has no figures.
        assertThat(progress.status()).isEqualTo(Status.AT_RISK);
        assertThat(progress.current()).isEqualTo(37.5);
        assertThat(progress.unit()).isEqualTo("%");
        assertThat(progress.note()).isEqualTo(new Localized("Tính trên 2/3 khu có số liệu",
                "Over 2 of 3 zones with figures"));
    }

    @Test
    void provinceTargetMetOverTheGroup() {
        List<ZoneView> zones = List.of(measured("kcn-a", CHAU_THANH_KG, 200.0, 100, 70),
                measured("kcn-b", HA_TIEN, 100.0, 100, 62));
        Progress progress = progressOf(target(TargetScope.PROVINCE, "kien-giang", "KCN", "occupancy_pct", ">",
                65), zones, List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.current()).isEqualTo(66.0);
    }

    @Test
    void groupTargetOverZonesKnownOnlyByReportedRatesHasNoData() {
        List<ZoneView> zones = List.of(reported("ccn-a", CHAU_THANH_KG, 30), reported("ccn-b", HA_TIEN, 55),
                unmeasured("ccn-c", HA_TIEN));
        Progress progress = progressOf(target(TargetScope.PROVINCE, "kien-giang", "CCN", "occupancy_pct", ">",
                40), zones, List.of(), TODAY);
        assertThat(progress.status()).as("no mean of rates").isEqualTo(Status.NO_DATA);
        assertThat(progress.current()).isNull();
        assertThat(progress.note().en()).isEqualTo("No occupancy by area yet; 2 of 3 zones report only a rate,"
                + " without the leasable area to weigh it by");
    }

    @Test
    void districtTargetOverZonesWithoutFiguresHasNoData() {
        Progress progress = progressOf(target(TargetScope.DISTRICT, HA_TIEN, null, "occupancy_pct", ">", 40),
                List.of(unmeasured("ccn-c", HA_TIEN)), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.NO_DATA);
        assertThat(progress.note().en()).isEqualTo("No occupancy figures yet");
    }

    // --- once the year is over, and the trend while it is not ---

    @ParameterizedTest
    @CsvSource({"85, MET", "75, MISSED"})
    void afterItsYearATargetIsMetOrMissedByAFigureFromThatYear(double pct, Status expected) {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-b", null, "occupancy_pct", ">", 80),
                List.of(reported("ccn-b", CAO_LANH, pct)), List.of(), LocalDate.of(2026, 3, 1));
        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.asOf()).isEqualTo(ReportFixtures.REPORTED_ON);
        assertThat(progress.projected()).isNull();
    }

    @Test
    void afterItsYearAnOlderFigureCannotShowATargetMetSoItIsMissedOnTheRecord() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-cao-lanh", null, "occupancy_pct", ">", 80),
                List.of(KCN_CAO_LANH), List.of(), LocalDate.of(2026, 3, 1));
        assertThat(progress.status()).isEqualTo(Status.MISSED);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.NONE);
        assertThat(progress.current()).as("the older figure is still shown").isEqualTo(90.0);
        assertThat(progress.note().en()).startsWith("Missed on the record: no figure from 2025 on shows it met by"
                + " 31 December 2025").contains("predates the target year 2025");
        assertThat(progress.note().vi()).startsWith("Không đạt theo hồ sơ");
    }

    @Test
    void afterItsYearATargetWithoutAnyFigureIsMissedOnTheRecord() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-x", null, "occupancy_pct", ">", 80),
                List.of(unmeasured("ccn-x", CAO_LANH)), List.of(), LocalDate.of(2026, 1, 1));
        assertThat(progress.status()).isEqualTo(Status.MISSED);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.NONE);
        assertThat(progress.current()).isNull();
        assertThat(progress.note().en()).endsWith("No occupancy figures yet");
    }

    @Test
    void onTheLastDayOfItsYearATargetWithoutFiguresStillHasNoData() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-x", null, "occupancy_pct", ">", 80),
                List.of(unmeasured("ccn-x", CAO_LANH)), List.of(), LocalDate.of(2025, 12, 31));
        assertThat(progress.status()).isEqualTo(Status.NO_DATA);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.NONE);
    }

    @Test
    void aTargetJudgedOnAFigureHasEvidence() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-cao-lanh", null, "occupancy_pct", ">", 80),
                List.of(KCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.FIGURE);
    }

    @Test
    void aRisingTrendProjectedToTheTargetYearIsOnTrackThoughTheRateIsBelowTheTarget() {
        ZoneView zone = measured("kcn-len", CAO_LANH, 100.0, 100, 70);
        Progress progress = progressOf(occupancyBy(2026, 80), List.of(zone),
                List.of(report("kcn-len", "2023-12-31", 50), report("kcn-len", "2024-06-30", 60)), TODAY);
        // 50, 60, 70 half a year apart: the line reaches 100% well before 31/12/2026.
        assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.current()).isEqualTo(70.0);
        assertThat(progress.projected()).isEqualTo(100.0);
    }

    @Test
    void aFallingTrendIsAtRiskThoughTheRateMeetsTheTargetToday() {
        ZoneView zone = measured("kcn-len", CAO_LANH, 100.0, 100, 70);
        Progress progress = progressOf(occupancyBy(2026, 60), List.of(zone),
                List.of(report("kcn-len", "2023-12-31", 90), report("kcn-len", "2024-06-30", 80)), TODAY);
        assertThat(progress.status()).isEqualTo(Status.AT_RISK);
        assertThat(progress.projected()).isLessThan(60.0);
    }

    @Test
    void aGroupTrendRunsThroughTheAreaWeightedRatesOfItsReports() {
        List<ZoneView> zones = List.of(measured("kcn-a", CHAU_THANH_KG, 200.0, 100, 40),
                measured("kcn-b", HA_TIEN, 100.0, 100, 40));
        Target target = new Target(1L, TargetScope.PROVINCE, "kien-giang", "KCN", "occupancy_pct", ">", 50, 2027,
                "source-1", "wording");
        // (10 + 20) / 200 = 15% at the end of 2023, (40 + 40) / 200 = 40% at the end of 2024: rising 25 points
        // a year, the line passes 50% long before 2027.
        Progress progress = progressOf(target, zones, List.of(leased("kcn-a", "2023-12-31", 10),
                leased("kcn-b", "2023-12-31", 20), leased("kcn-a", "2024-12-31", 40),
                leased("kcn-b", "2024-12-31", 40)), TODAY);
        assertThat(progress.current()).isEqualTo(40.0);
        assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
        assertThat(progress.projected()).isEqualTo(100.0);
    }

    @Test
    void aSingleFigureIsOnTrackOnlyIfItMeetsTheTargetAlready() {
        ZoneView zone = measured("kcn-len", CAO_LANH, 100.0, 100, 70);
        assertThat(progressOf(occupancyBy(2030, 60), List.of(zone), List.of(), TODAY).status())
                .isEqualTo(Status.ON_TRACK);
        Progress below = progressOf(occupancyBy(2030, 80), List.of(zone), List.of(), TODAY);
        assertThat(below.status()).isEqualTo(Status.AT_RISK);
        assertThat(below.projected()).as("no line through one figure").isNull();
    }

    private static Target occupancyBy(int year, double value) {
        return new Target(1L, TargetScope.ZONE, "kcn-len", null, "occupancy_pct", ">", value, year, "source-1",
                "wording");
    }

    private static ZoneReport report(String zone, String day, double pct) {
        return new ZoneReport(null, zone, LocalDate.parse(day), null, null, pct, null, null, null, null, null,
                java.time.Instant.EPOCH, "test");
    }

    private static ZoneReport leased(String zone, String day, double leasedHa) {
        return new ZoneReport(null, zone, LocalDate.parse(day), null, leasedHa, null, null, null, null, null, null,
                java.time.Instant.EPOCH, "test");
    }

    // --- kcn_with_occupancy_at_least_50pct ---

    @Test
    void countsZonesAtOrAboveFiftyPercent() {
        List<ZoneView> zones = List.of(
                measured("kcn-a", CAO_LANH, 100.0, 100, 50),
                measured("kcn-b", CAO_LANH, 100.0, 100, 49.99),
                reported("kcn-c", CAO_LANH, 70),
                unmeasured("kcn-d", CAO_LANH),
                measured("ccn-e", CAO_LANH, 100.0, 100, 90),
                measured("kcn-f", TP_CAO_LANH, 100.0, 100, 90));
        Progress progress = progressOf(target(TargetScope.DISTRICT, CAO_LANH, "KCN",
                "kcn_with_occupancy_at_least_50pct", ">=", 1), zones, List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.ON_TRACK, 2.0, "count", null, DECLARED_ON));
    }

    @Test
    void tooFewZonesAtFiftyPercentIsAtRisk() {
        Progress progress = progressOf(target(TargetScope.DISTRICT, CAO_LANH, "KCN",
                "kcn_with_occupancy_at_least_50pct", ">=", 2), List.of(measured("kcn-a", CAO_LANH, 100.0, 100, 60),
                        measured("kcn-b", CAO_LANH, 100.0, 100, 10)), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.AT_RISK, 1.0, "count", null, DECLARED_ON));
    }

    @Test
    void countOverAnEmptyScopeIsZero() {
        Progress progress = progressOf(target(TargetScope.DISTRICT, CAO_LANH, "KCN",
                "kcn_with_occupancy_at_least_50pct", ">=", 1), List.of(), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.AT_RISK, 0.0, "count", null, null));
    }

    // --- construction_completed ---

    @Test
    void operatingZoneHasCompletedConstruction() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-a", "KCN", "construction_completed", "=",
                1), List.of(staged("kcn-a", CAO_LANH, Lifecycle.OPERATING, InvestmentStatus.SEEKING_TENANTS)), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.MET, 1.0, null,
                new Localized("Đã đi vào hoạt động", "In operation"), DECLARED_ON));
    }

    @Test
    void zoneUnderConstructionHasNotCompletedIt() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-a", "KCN", "construction_completed", "=",
                1), List.of(staged("kcn-a", CAO_LANH, Lifecycle.UNDER_CONSTRUCTION, InvestmentStatus.SEEKING_TENANTS)), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.AT_RISK, 0.0, null,
                new Localized("Chưa đi vào hoạt động", "Not yet operating"), DECLARED_ON));
    }

    @Test
    void onlyOperatingCountsAsCompleted() {
        for (Lifecycle lifecycle : List.of(Lifecycle.PLANNED, Lifecycle.UNDER_CONSTRUCTION,
                Lifecycle.REMOVED_FROM_PLAN)) {
            Progress progress = progressOf(target(TargetScope.ZONE, "kcn-a", null, "construction_completed",
                    "=", 1), List.of(staged("kcn-a", CAO_LANH, lifecycle, InvestmentStatus.NOT_OPEN)), List.of(), TODAY);
            assertThat(progress.status()).as(lifecycle.code()).isEqualTo(Status.AT_RISK);
        }
    }

    @Test
    void constructionOverAGroupIsACount() {
        List<ZoneView> zones = List.of(staged("kcn-a", CAO_LANH, Lifecycle.OPERATING, InvestmentStatus.CLOSED),
                staged("kcn-b", CAO_LANH, Lifecycle.OPERATING, InvestmentStatus.CLOSED),
                staged("kcn-c", CAO_LANH, Lifecycle.PLANNED, InvestmentStatus.NOT_OPEN));
        Progress progress = progressOf(target(TargetScope.DISTRICT, CAO_LANH, null, "construction_completed",
                ">=", 2), zones, List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.MET, 2.0, "count", null, DECLARED_ON));
    }

    @Test
    void constructionOverAnEmptyScopeHasNoData() {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-gone", null, "construction_completed",
                "=", 1), List.of(KCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.NO_DATA, null, null,
                new Localized("Không có khu nào trong phạm vi", "No zone in scope"), null));
    }

    // --- infrastructure_funded ---

    @ParameterizedTest
    @CsvSource({"SEEKING_TENANTS, MET", "CLOSED, MET", "SEEKING_INFRASTRUCTURE_INVESTOR, AT_RISK",
        "NOT_OPEN, AT_RISK"})
    void infrastructureIsFundedOnceTheZoneSeeksTenants(InvestmentStatus status, Status expected) {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-a", "CCN", "infrastructure_funded", "=",
                1), List.of(staged("ccn-a", CAO_LANH, Lifecycle.PLANNED, status)), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(expected);
        assertThat(progress.current()).isEqualTo(expected == Status.MET ? 1.0 : 0.0);
        assertThat(progress.unit()).isNull();
    }

    @Test
    void fundedZoneSaysItHasAnInvestor() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-a", "CCN", "infrastructure_funded", "=",
                1), List.of(staged("ccn-a", CAO_LANH, Lifecycle.PLANNED, InvestmentStatus.SEEKING_TENANTS)), List.of(), TODAY);
        assertThat(progress.note()).isEqualTo(new Localized("Đã có nhà đầu tư hạ tầng",
                "Has an infrastructure investor"));
    }

    @Test
    void unfundedZoneSaysItHasNoInvestorYet() {
        Progress progress = progressOf(target(TargetScope.ZONE, "ccn-a", "CCN", "infrastructure_funded", "=",
                1), List.of(staged("ccn-a", CAO_LANH, Lifecycle.PLANNED,
                        InvestmentStatus.SEEKING_INFRASTRUCTURE_INVESTOR)), List.of(), TODAY);
        assertThat(progress.note()).isEqualTo(new Localized("Chưa có nhà đầu tư hạ tầng",
                "No infrastructure investor yet"));
    }

    @Test
    void fundingOverAGroupIsACount() {
        List<ZoneView> zones = List.of(staged("ccn-a", HA_TIEN, Lifecycle.PLANNED, InvestmentStatus.SEEKING_TENANTS),
                staged("ccn-b", HA_TIEN, Lifecycle.PLANNED, InvestmentStatus.NOT_OPEN),
                staged("kcn-c", HA_TIEN, Lifecycle.PLANNED, InvestmentStatus.CLOSED));
        Progress progress = progressOf(target(TargetScope.PROVINCE, "kien-giang", "CCN",
                "infrastructure_funded", ">=", 2), zones, List.of(), TODAY);
        assertThat(progress).isEqualTo(new Progress(Status.AT_RISK, 1.0, "count", null, DECLARED_ON));
    }

    // --- what the registry does not measure ---

    @ParameterizedTest
    @ValueSource(strings = {"industry_share_of_output_pct", "facilities_relocated_from_residential_areas"})
    void localEconomicIndicatorsAreNotMeasured(String metric) {
        Progress progress = progressOf(target(TargetScope.DISTRICT, CAO_LANH, null, metric, ">=", 15),
                List.of(KCN_CAO_LANH, CCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(Status.NOT_MEASURED);
        assertThat(progress.current()).isNull();
        assertThat(progress.unit()).isNull();
        assertThat(progress.note().en()).isEqualTo("A local economic indicator KCN Atlas cannot measure itself: an"
                + " official records the outcome with its source");
        assertThat(progress.note().vi()).isNotBlank();
    }

    @Test
    void theZonesMeasureTheirOwnMetricsAndOfficialsRecordTheRest() {
        for (String metric : List.of("occupancy_pct", "kcn_with_occupancy_at_least_50pct", "construction_completed",
                "infrastructure_funded")) {
            assertThat(TargetProgress.recordable(target(TargetScope.DISTRICT, CAO_LANH, null, metric, ">=", 1)))
                    .as(metric).isFalse();
        }
        assertThat(TargetProgress.recordable(target(TargetScope.DISTRICT, CAO_LANH, null,
                "industry_share_of_output_pct", ">=", 15))).isTrue();
    }

    @Test
    void aRecordedOutcomeOfTheTargetsYearDecidesIt() {
        Target target = recordableTarget(7L, 2025);
        List<TargetOutcome> outcomes = List.of(outcome(7L, 16.2, "2025-12-31"), outcome(7L, 14.0, "2024-12-31"),
                outcome(8L, 1.0, "2025-12-31"));
        Progress progress = TargetProgress.of(target, List.of(), List.of(), outcomes, LocalDate.of(2026, 3, 1));
        assertThat(progress).isEqualTo(new Progress(Status.MET, 16.2, "%", new Localized(
                "Theo Niên giám thống kê 2025", "From Niên giám thống kê 2025"), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aRecordedOutcomeBelowTheTargetIsMissedWithEvidence() {
        Progress progress = TargetProgress.of(recordableTarget(7L, 2025), List.of(), List.of(),
                List.of(outcome(7L, 14.5, "2025-12-31")), LocalDate.of(2026, 3, 1));
        assertThat(progress.status()).isEqualTo(Status.MISSED);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.FIGURE);
    }

    @Test
    void aRecordedOutcomeBeforeTheDeadlineJudgesTheWayThere() {
        Progress progress = TargetProgress.of(recordableTarget(7L, 2030), List.of(), List.of(),
                List.of(outcome(7L, 12.0, "2025-12-31")), LocalDate.of(2026, 3, 1));
        assertThat(progress.status()).as("12 %, not yet 15 %").isEqualTo(Status.AT_RISK);
        assertThat(progress.current()).isEqualTo(12.0);
    }

    @Test
    void anIndicatorWithNoRecordedOutcomeIsMissedOnTheRecordOnceItsYearIsOver() {
        Progress progress = TargetProgress.of(recordableTarget(7L, 2025), List.of(), List.of(),
                List.of(outcome(8L, 20.0, "2025-12-31")), LocalDate.of(2026, 3, 1));
        assertThat(progress.status()).isEqualTo(Status.MISSED);
        assertThat(progress.evidence()).isEqualTo(Progress.Evidence.NONE);
        assertThat(progress.note().en()).contains("an official records the outcome with its source");
    }

    private static Target recordableTarget(long id, int year) {
        return new Target(id, TargetScope.DISTRICT, CAO_LANH, null, "industry_share_of_output_pct", ">=", 15, year,
                "seed", "chiếm từ 15% tổng giá trị sản xuất");
    }

    private static TargetOutcome outcome(long targetId, double value, String asOf) {
        return new TargetOutcome(targetId * 100 + (long) value, targetId, value, LocalDate.parse(asOf),
                "Niên giám thống kê " + asOf.substring(0, 4), null, null, "official", java.time.Instant.EPOCH);
    }

    // --- comparators ---

    @ParameterizedTest(name = "{0} {1} {2} is {3}")
    @CsvSource({
        "81, >, 80, true", "80, >, 80, false", "79, >, 80, false",
        "81, >=, 80, true", "80, >=, 80, true", "79, >=, 80, false",
        "80, =, 80, true", "80.01, =, 80, false", "79.99, =, 80, false",
        "79, <=, 80, true", "80, <=, 80, true", "81, <=, 80, false",
        "79, <, 80, true", "80, <, 80, false", "81, <, 80, false"})
    void comparators(double current, String comparator, double value, boolean expected) {
        assertThat(TargetProgress.compare(current, comparator, value)).isEqualTo(expected);
    }

    @Test
    void unknownComparatorIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> TargetProgress.compare(1, "!=", 1))
                .withMessageContaining("!=");
        assertThatIllegalStateException().isThrownBy(() -> TargetProgress.compare(1, "=>", 1));
    }

    @ParameterizedTest
    @CsvSource({">, AT_RISK", ">=, ON_TRACK", "=, ON_TRACK", "<=, ON_TRACK", "<, AT_RISK"})
    void everyComparatorDecidesTheStatusAtTheBoundary(String comparator, Status expected) {
        Progress progress = progressOf(target(TargetScope.ZONE, "kcn-cao-lanh", null, "occupancy_pct",
                comparator, 90), List.of(KCN_CAO_LANH), List.of(), TODAY);
        assertThat(progress.status()).isEqualTo(expected);
    }

    /** The progress with no recorded outcome, which only the targets the zones cannot measure read. */
    private static Progress progressOf(Target target, List<ZoneView> zones, List<ZoneReport> reports, LocalDate today) {
        return TargetProgress.of(target, zones, reports, List.of(), today);
    }
}
