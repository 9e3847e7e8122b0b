package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.report.ReportFixtures.CAO_LANH;
import static vn.kcnatlas.report.ReportFixtures.measured;
import static vn.kcnatlas.report.ReportFixtures.reported;
import static vn.kcnatlas.report.ReportFixtures.unmeasured;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.zone.ClearanceStatus;
import vn.kcnatlas.zone.InvestmentCall;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.LandFigures;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.LotTotals;
import vn.kcnatlas.zone.Provenance;
import vn.kcnatlas.zone.ReportedOccupancy;
import vn.kcnatlas.zone.Zone;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZonePlace;
import vn.kcnatlas.zone.ZoneView;

class GroupFiguresTest {

    @Test
    void emptyGroupHasNoOccupancy() {
        assertThat(GroupFigures.of(List.of())).isEqualTo(new GroupFigures(0, List.of(), null, null, null, null, null,
                List.of(), 0, 0, 0, null));
    }

    @Test
    void rateIsTotalLeasedOverTotalLeasableNotTheMeanOfRates() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, 100.0, 70, 10),
                measured("kcn-b", CAO_LANH, 40.0, 30, 20)));
        // 30 / 100, where the mean of 14.29% and 66.67% would be 40.48%.
        assertThat(group.occupancyPct()).isEqualTo(30.0);
        assertThat(group.leasableHa()).isEqualTo(100.0);
        assertThat(group.leasedHa()).isEqualTo(30.0);
        assertThat(group.zonesWithOccupancy()).isEqualTo(2);
        assertThat(group.occupancyZoneCodes()).containsExactly("kcn-a", "kcn-b");
    }

    @Test
    void areaAndAvailableAreSummedOverEveryZone() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, 100.0, 70, 10),
                measured("kcn-b", CAO_LANH, 40.0, 30, 20), unmeasured("ccn-c", CAO_LANH)));
        assertThat(group.zoneCount()).isEqualTo(3);
        assertThat(group.areaHa()).isEqualTo(190.0);
        assertThat(group.availableHa()).isEqualTo(70.0);
    }

    @Test
    void unknownAreaCountsAsNothing() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, null, 70, 10),
                measured("kcn-b", CAO_LANH, 40.0, 30, 20)));
        assertThat(group.areaHa()).isEqualTo(40.0);
    }

    @Test
    void zonesWithoutFiguresAreCountedButNotMeasured() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, 100.0, 80, 20),
                unmeasured("kcn-b", CAO_LANH)));
        assertThat(group.zoneCount()).isEqualTo(2);
        assertThat(group.zonesWithOccupancy()).isEqualTo(1);
        assertThat(group.occupancyPct()).isEqualTo(25.0);
    }

    @Test
    void zonesKnownOnlyByAReportedRateHaveNoWeightAndAreCountedApart() {
        GroupFigures group = GroupFigures.of(List.of(reported("ccn-a", CAO_LANH, 40),
                reported("ccn-b", CAO_LANH, 61), unmeasured("ccn-c", CAO_LANH)));
        assertThat(group.occupancyPct()).as("no mean of rates").isNull();
        assertThat(group.zonesWithOccupancy()).isZero();
        assertThat(group.zonesRateOnly()).isEqualTo(2);
        assertThat(group.zonesWithoutOccupancy()).isEqualTo(1);
        assertThat(group.zoneCodes()).containsExactly("ccn-a", "ccn-b", "ccn-c");
        assertThat(group.figuresAsOf()).isNull();
    }

    @Test
    void reportedRatesStayOutOfTheAreaWeightedRate() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, 100.0, 80, 20),
                reported("kcn-b", CAO_LANH, 90)));
        assertThat(group.occupancyPct()).isEqualTo(25.0);
        assertThat(group.zonesWithOccupancy()).isEqualTo(1);
        assertThat(group.zonesRateOnly()).isEqualTo(1);
        assertThat(group.occupancyZoneCodes()).containsExactly("kcn-a");
        assertThat(group.figuresAsOf()).isEqualTo(ReportFixtures.DECLARED_ON);
    }

    @Test
    void groupWithNoFiguresHasNoRate() {
        GroupFigures group = GroupFigures.of(List.of(unmeasured("kcn-a", CAO_LANH), unmeasured("kcn-b", CAO_LANH)));
        assertThat(group.occupancyPct()).isNull();
        assertThat(group.zonesWithOccupancy()).isZero();
        assertThat(group.zoneCount()).isEqualTo(2);
        assertThat(group.leasableHa()).as("unknown, not 0 ha").isNull();
        assertThat(group.leasedHa()).isNull();
        assertThat(group.availableHa()).isNull();
    }

    @Test
    void zeroLeasableZoneCountsByItsReportedRateOnly() {
        ZoneView zeroLeasable = ReportFixtures.view("kcn-a", CAO_LANH,
                new LandFigures(10.0, 0.0, ClearanceStatus.COMPLETED, null, 0.0),
                new ReportedOccupancy(35, null, LocalDate.of(2025, 1, 1), "report-source", null), Lifecycle.OPERATING,
                InvestmentStatus.SEEKING_TENANTS);
        GroupFigures group = GroupFigures.of(List.of(zeroLeasable));
        assertThat(group.occupancyPct()).isNull();
        assertThat(group.zonesRateOnly()).isEqualTo(1);
        assertThat(group.leasableHa()).as("summed over the zones the rate rests on: none").isNull();
    }

    @Test
    void leasableAndLeasedFromLotsCount() {
        Zone zone = new Zone("kcn-a", "A", null, ZoneKind.KCN, "dong-thap", CAO_LANH, null, Lifecycle.OPERATING,
                null, null, null, null, new LandFigures(100.0, null, ClearanceStatus.COMPLETED, null, null),
                new InvestmentCall(InvestmentStatus.SEEKING_TENANTS, null, null, null, null), Provenance.NONE, null);
        ZoneView fromLots = new ZoneView(zone, new ZonePlace("Đồng Tháp", "H. Cao Lãnh", null),
                ZoneFigures.of(zone, new LotTotals(5, 0, 40, 10, 5, 25, LocalDate.of(2025, 3, 1)), null));
        GroupFigures group = GroupFigures.of(List.of(fromLots));
        assertThat(group.leasableHa()).isEqualTo(40.0);
        assertThat(group.leasedHa()).isEqualTo(10.0);
        assertThat(group.occupancyPct()).isEqualTo(25.0);
    }

    @Test
    void figuresAreRoundedToTwoDecimals() {
        GroupFigures group = GroupFigures.of(List.of(measured("kcn-a", CAO_LANH, 10.005, 3, 1),
                measured("kcn-b", CAO_LANH, 0.111, 0.333, 0.111)));
        assertThat(group.occupancyPct()).isEqualTo(33.33);
        assertThat(group.leasableHa()).isEqualTo(3.33);
        assertThat(group.leasedHa()).isEqualTo(1.11);
        assertThat(group.areaHa()).isEqualTo(10.12);
    }
}
