package vn.kcnatlas.report;

import java.time.LocalDate;

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

/** Zones without boundaries, with just the figures the report package reads. */
final class ReportFixtures {

    static final String CAO_LANH = "dong-thap.huyen-cao-lanh";
    static final String TP_CAO_LANH = "dong-thap.tp-cao-lanh";
    static final String CHAU_THANH_KG = "kien-giang.huyen-chau-thanh";
    static final String HA_TIEN = "kien-giang.tp-ha-tien";
    /** The day the fixtures' declared figures describe. */
    static final LocalDate DECLARED_ON = LocalDate.of(2024, 12, 31);
    /** The day the fixtures' reports describe. */
    static final LocalDate REPORTED_ON = LocalDate.of(2025, 6, 30);

    private ReportFixtures() {
    }

    /** A zone whose leasable and leased areas are declared. */
    static ZoneView measured(String code, String district, Double area, double leasable, double leased) {
        return view(code, district, new LandFigures(area, leasable, ClearanceStatus.COMPLETED, null, leased), null,
                Lifecycle.OPERATING, InvestmentStatus.SEEKING_TENANTS);
    }

    /** A zone whose occupancy only a report gives. */
    static ZoneView reported(String code, String district, double pct) {
        return view(code, district, new LandFigures(null, null, ClearanceStatus.COMPLETED, null, null),
                new ReportedOccupancy(pct, null, REPORTED_ON, "report-source", null), Lifecycle.OPERATING,
                InvestmentStatus.SEEKING_TENANTS);
    }

    /** A zone with no occupancy figures at all. */
    static ZoneView unmeasured(String code, String district) {
        return view(code, district, new LandFigures(50.0, null, ClearanceStatus.NOT_STARTED, null, null), null,
                Lifecycle.PLANNED, InvestmentStatus.NOT_OPEN);
    }

    /** A zone at a stage of construction and of its call for investors. */
    static ZoneView staged(String code, String district, Lifecycle lifecycle, InvestmentStatus status) {
        return view(code, district, new LandFigures(50.0, null, ClearanceStatus.NOT_STARTED, null, null), null,
                lifecycle, status);
    }

    static ZoneView view(String code, String district, LandFigures land, ReportedOccupancy reported,
            Lifecycle lifecycle, InvestmentStatus status) {
        ZoneKind kind = code.startsWith("kcn-") ? ZoneKind.KCN : ZoneKind.CCN;
        String province = district.substring(0, district.indexOf('.'));
        Zone zone = new Zone(code, code, null, kind, province, district, null, lifecycle, null, null, null, null,
                land, new InvestmentCall(status, null, null, null, null),
                new Provenance("test", java.util.List.of("zone-source"), DECLARED_ON), null);
        return new ZoneView(zone, new ZonePlace(province, district, null),
                ZoneFigures.of(zone, LotTotals.NONE, reported));
    }

    static Target target(TargetScope scope, String scopeCode, String zoneKind, String metric, String comparator,
            double value) {
        return new Target(1L, scope, scopeCode, zoneKind, metric, comparator, value, 2025, "source-1", "wording");
    }
}
