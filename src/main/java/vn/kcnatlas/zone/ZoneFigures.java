package vn.kcnatlas.zone;

import java.time.LocalDate;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.check.AreaComparison;

/**
 * The figures investors and officials read off a zone, derived from its declared land figures, its lots
 * and its latest report.
 *
 * <ul>
 * <li>leasable and leased: as declared, else summed from the zone's lots;</li>
 * <li>available = leasable − leased;</li>
 * <li>occupancy = leased / leasable, else the latest reported rate;</li>
 * <li>the geometric area of the boundary, measured on the ellipsoid, and whether it differs from the
 * declared area by more than {@link AreaComparison#MISMATCH_TOLERANCE} of it, the rule a write's
 * validation warns by too.</li>
 * </ul>
 */
public record ZoneFigures(Double leasableHa, Double leasedHa, Double availableHa, Double occupancyPct,
        OccupancyBasis occupancyBasis, LocalDate occupancyAsOf, Double geometricAreaHa, boolean areaMismatch,
        LotTotals lots) {

    public static ZoneFigures of(Zone zone, LotTotals lots, ReportedOccupancy reported) {
        LandFigures land = zone.land();
        Double leasable = land.leasableHa() != null ? land.leasableHa() : lots.count() > 0 ? lots.totalHa() : null;
        Double leased = land.leasedHa() != null ? land.leasedHa() : lots.count() > 0 ? lots.leasedHa() : null;
        Double available = leasable != null && leased != null ? Math.max(0, leasable - leased) : null;

        Double occupancy = null;
        OccupancyBasis basis = null;
        LocalDate occupancyAsOf = null;
        if (leasable != null && leased != null && leasable > 0) {
            occupancy = 100 * leased / leasable;
            basis = OccupancyBasis.LEASED_AREA;
            occupancyAsOf = zone.provenance().asOf();
        } else if (reported != null) {
            occupancy = reported.pct();
            basis = OccupancyBasis.REPORTED;
            occupancyAsOf = reported.asOf();
        }

        Double geometric = zone.boundary() == null ? null : GeodesicArea.hectares(zone.boundary());
        boolean mismatch = geometric != null && land.areaHa() != null
                && AreaComparison.of(geometric, land.areaHa()).mismatch();
        return new ZoneFigures(leasable, leased, available, occupancy, basis, occupancyAsOf, geometric, mismatch,
                lots);
    }
}
