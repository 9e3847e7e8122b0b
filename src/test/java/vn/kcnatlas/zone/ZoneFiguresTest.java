package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.support.Zones;

class ZoneFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
    private static final ReportedOccupancy REPORT = new ReportedOccupancy(42.5, null, LocalDate.of(2025, 6, 30),
            "report-source", null);

    @Test
    void declaredFiguresGiveLeasableLeasedAndAvailable() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), LotTotals.NONE, null);
        assertThat(f.leasableHa()).isEqualTo(70.0);
        assertThat(f.leasedHa()).isEqualTo(10.0);
        assertThat(f.availableHa()).isEqualTo(60.0);
    }

    @Test
    void declaredFiguresWinOverLots() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), new LotTotals(4, 0, 50, 40, 5, 5, null), null);
        assertThat(f.leasableHa()).isEqualTo(70.0);
        assertThat(f.leasedHa()).isEqualTo(10.0);
        assertThat(f.lots()).isEqualTo(new LotTotals(4, 0, 50, 40, 5, 5, null));
    }

    @Test
    void undeclaredLeasableAndLeasedComeFromLots() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, null, null)), new LotTotals(4, 0, 50, 20, 5, 25, null), null);
        assertThat(f.leasableHa()).isEqualTo(50.0);
        assertThat(f.leasedHa()).isEqualTo(20.0);
        assertThat(f.availableHa()).isEqualTo(30.0);
        assertThat(f.occupancyPct()).isEqualTo(40.0);
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.LEASED_AREA);
    }

    @Test
    void eachUndeclaredFigureComesFromLotsOnItsOwn() {
        ZoneFigures onlyLeasedFromLots = ZoneFigures.of(zone(land(100.0, 80.0, null)),
                new LotTotals(2, 0, 50, 20, 0, 30, null), null);
        assertThat(onlyLeasedFromLots.leasableHa()).isEqualTo(80.0);
        assertThat(onlyLeasedFromLots.leasedHa()).isEqualTo(20.0);

        ZoneFigures onlyLeasableFromLots = ZoneFigures.of(zone(land(100.0, null, 10.0)),
                new LotTotals(2, 0, 50, 20, 0, 30, null), null);
        assertThat(onlyLeasableFromLots.leasableHa()).isEqualTo(50.0);
        assertThat(onlyLeasableFromLots.leasedHa()).isEqualTo(10.0);
    }

    @Test
    void aLaterReportsLeasedAreaReplacesTheDeclaredOne() {
        ReportedOccupancy report = new ReportedOccupancy(50.0, 35.0, LocalDate.of(2026, 9, 30), null, "minh.official");
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), LotTotals.NONE, report);
        assertThat(f.leasedHa()).isEqualTo(35.0);
        assertThat(f.occupancyPct()).isEqualTo(50.0);
        assertThat(f.availableHa()).isEqualTo(35.0);
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.LEASED_AREA);
        assertThat(f.occupancyAsOf()).as("the report's day").isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(f.sources().get("leasedHa"))
                .isEqualTo(new FigureSource(FigureSource.Basis.REPORTED, LocalDate.of(2026, 9, 30),
                        java.util.List.of(), "minh.official"));
    }

    @Test
    void anEarlierReportLeavesTheDeclaredLeasedArea() {
        ReportedOccupancy report = new ReportedOccupancy(50.0, 35.0, AS_OF.minusYears(1), null, "minh.official");
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), LotTotals.NONE, report);
        assertThat(f.leasedHa()).isEqualTo(10.0);
    }

    @Test
    void noDeclaredFiguresAndNoLotsLeaveThemUnknown() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, null, null)), LotTotals.NONE, null);
        assertThat(f.leasableHa()).isNull();
        assertThat(f.leasedHa()).isNull();
        assertThat(f.availableHa()).isNull();
        assertThat(f.occupancyPct()).isNull();
        assertThat(f.occupancyBasis()).isNull();
        assertThat(f.occupancyAsOf()).isNull();
    }

    @Test
    void lotTotalsOfZeroLotsAreNotUsed() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, null, null)), new LotTotals(0, 0, 50, 20, 0, 30, null), null);
        assertThat(f.leasableHa()).isNull();
        assertThat(f.leasedHa()).isNull();
    }

    @Test
    void availableNeedsBothLeasableAndLeased() {
        assertThat(ZoneFigures.of(zone(land(100.0, 70.0, null)), LotTotals.NONE, null).availableHa()).isNull();
        assertThat(ZoneFigures.of(zone(land(100.0, null, 10.0)), LotTotals.NONE, null).availableHa()).isNull();
    }

    @Test
    void availableClampsAtZero() {
        ZoneFigures f = ZoneFigures.of(zone(land(null, 50.0, 60.0)), LotTotals.NONE, null);
        assertThat(f.availableHa()).isZero();
        assertThat(f.occupancyPct()).isEqualTo(120.0);
    }

    @Test
    void occupancyFromLeasedAreaIsDatedByTheZoneFacts() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 80.0, 20.0)), LotTotals.NONE, REPORT);
        assertThat(f.occupancyPct()).isEqualTo(25.0);
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.LEASED_AREA);
        assertThat(f.occupancyAsOf()).isEqualTo(AS_OF);
    }

    @Test
    void occupancyIsNotRounded() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), LotTotals.NONE, null);
        assertThat(f.occupancyPct()).isCloseTo(100.0 / 7, within(1e-12));
    }

    @Test
    void occupancyFallsBackToTheReportWithoutLeasedArea() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, null)), LotTotals.NONE, REPORT);
        assertThat(f.occupancyPct()).isEqualTo(42.5);
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.REPORTED);
        assertThat(f.occupancyAsOf()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void occupancyFallsBackToTheReportWhenLeasableIsZero() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 0.0, 0.0)), LotTotals.NONE, REPORT);
        assertThat(f.occupancyPct()).isEqualTo(42.5);
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.REPORTED);
        assertThat(f.availableHa()).isZero();
    }

    @Test
    void zeroLeasableWithoutReportHasNoOccupancy() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 0.0, 0.0)), LotTotals.NONE, null);
        assertThat(f.occupancyPct()).isNull();
        assertThat(f.occupancyBasis()).isNull();
    }

    @Test
    void zeroLeasedIsZeroOccupancyNotAFallback() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 0.0)), LotTotals.NONE, REPORT);
        assertThat(f.occupancyPct()).isZero();
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.LEASED_AREA);
    }

    @Test
    void geometricAreaIsMeasuredOnTheEllipsoid() {
        Zone zone = zone(land(100.0, 70.0, 10.0));
        ZoneFigures f = ZoneFigures.of(zone, LotTotals.NONE, null);
        assertThat(f.geometricAreaHa()).isEqualTo(GeodesicArea.hectares(zone.boundary()))
                .isCloseTo(100.0, within(0.5));
        assertThat(f.areaMismatch()).isFalse();
    }

    @Test
    void declaredAreaMoreThanTenPercentBelowTheBoundaryIsAMismatch() {
        assertThat(mismatchWithDeclaredArea(1 / 1.11)).isTrue();
    }

    @Test
    void declaredAreaMoreThanTenPercentAboveTheBoundaryIsAMismatch() {
        assertThat(mismatchWithDeclaredArea(1 / 0.89)).isTrue();
    }

    @Test
    void declaredAreaWithinTenPercentIsNoMismatch() {
        assertThat(mismatchWithDeclaredArea(1 / 1.09)).isFalse();
        assertThat(mismatchWithDeclaredArea(1 / 0.91)).isFalse();
    }

    @Test
    void largeSquareAgainstSmallDeclaredAreaIsAMismatch() {
        Zone zone = ZoneGeoJsonTest.withBoundary(zone(land(100.0, null, null)), Zones.square(105.65, 10.55, 1200),
                BoundaryQuality.DIGITIZED);
        ZoneFigures f = ZoneFigures.of(zone, LotTotals.NONE, null);
        assertThat(f.geometricAreaHa()).isCloseTo(144.0, within(0.7));
        assertThat(f.areaMismatch()).isTrue();
    }

    @Test
    void noBoundaryMeansNoGeometricAreaAndNoMismatch() {
        Zone zone = ZoneGeoJsonTest.withBoundary(zone(land(5.0, null, null)), null, null);
        ZoneFigures f = ZoneFigures.of(zone, LotTotals.NONE, null);
        assertThat(f.geometricAreaHa()).isNull();
        assertThat(f.areaMismatch()).isFalse();
    }

    @Test
    void noDeclaredAreaMeansNoMismatch() {
        ZoneFigures f = ZoneFigures.of(zone(land(null, null, null)), LotTotals.NONE, null);
        assertThat(f.geometricAreaHa()).isNotNull();
        assertThat(f.areaMismatch()).isFalse();
    }

    @Test
    void figuresNameTheirBasisDateAndDocuments() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, 70.0, 10.0)), LotTotals.NONE, REPORT);
        FigureSource declared = f.sources().get("leasableHa");
        assertThat(declared.basis()).isEqualTo(FigureSource.Basis.DECLARED);
        assertThat(declared.asOf()).isEqualTo(AS_OF);
        assertThat(declared.sourceIds()).isNotEmpty();
        assertThat(declared.enteredBy()).isNull();
        assertThat(f.sources().get("availableHa").basis()).isEqualTo(FigureSource.Basis.DERIVED);
        assertThat(f.sources()).doesNotContainKeys("clearedHa", "lotsHa");
    }

    @Test
    void aReportedRateCitesTheReport() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, null, null)), LotTotals.NONE, REPORT);
        assertThat(f.sources().get("occupancyPct")).isEqualTo(new FigureSource(FigureSource.Basis.REPORTED,
                LocalDate.of(2025, 6, 30), java.util.List.of("report-source"), null));
    }

    @Test
    void aFigureEnteredWithoutDocumentsNamesWhoEnteredItAndWhen() {
        Zone base = zone(land(100.0, 70.0, 10.0));
        Zone undocumented = new Zone(base.code(), base.name(), null, base.kind(), base.provinceCode(),
                base.districtCode(), null, base.lifecycle(), null, null, null, null, base.land(), base.investment(),
                Provenance.NONE, new Revision(2, java.time.Instant.parse("2026-03-04T05:06:07Z"), "lan",
                        HistoryAction.UPDATE));
        FigureSource source = ZoneFigures.of(undocumented, LotTotals.NONE, null).sources().get("areaHa");
        assertThat(source).isEqualTo(new FigureSource(FigureSource.Basis.DECLARED, LocalDate.of(2026, 3, 4),
                java.util.List.of(), "lan"));
    }

    @Test
    void illustrativeLotsAreCountedButNeverSummed() {
        ZoneFigures f = ZoneFigures.of(zone(land(100.0, null, null)), new LotTotals(9, 9, 0, 0, 0, 0, null), REPORT);
        assertThat(f.leasableHa()).isNull();
        assertThat(f.availableHa()).isNull();
        assertThat(f.occupancyBasis()).isEqualTo(OccupancyBasis.REPORTED);
        assertThat(f.lots().count()).isEqualTo(9);
    }

    private static boolean mismatchWithDeclaredArea(double factorOfGeometric) {
        MultiPolygon square = Zones.square(105.65, 10.55, 1000);
        double geometric = GeodesicArea.hectares(square);
        Zone zone = ZoneGeoJsonTest.withBoundary(zone(land(geometric * factorOfGeometric, null, null)), square,
                BoundaryQuality.SURVEYED);
        return ZoneFigures.of(zone, LotTotals.NONE, null).areaMismatch();
    }

    private static LandFigures land(Double area, Double leasable, Double leased) {
        return new LandFigures(area, leasable, ClearanceStatus.IN_PROGRESS, null, leased);
    }

    private static Zone zone(LandFigures land) {
        Zone base = Zones.zone("kcn-tan-kieu", "Tân Kiều", ZoneKind.KCN, 105.65, 10.55);
        assertThat(base.provenance().asOf()).isEqualTo(AS_OF);
        return ZoneGeoJsonTest.withLand(base, land);
    }
}
