package vn.kcnatlas.zone;

import java.time.LocalDate;

/**
 * A zone's leasable and leased areas and the occupancy rate they make: the one rule behind the API's figures
 * ({@link ZoneFigures}) and the maps' colours ({@link ZoneDrawing}).
 *
 * <ul>
 * <li>leasable and leased: as declared, else summed from the zone's lots that a source backs;</li>
 * <li>a periodic report that states the leased area and describes a later day than the leased area it
 * would replace (or there is none) replaces it;</li>
 * <li>the rate is leased / leasable, else the latest reported rate.</li>
 * </ul>
 *
 * @param leasedReported whether {@code leasedHa} is the latest report's
 * @param pct null when unknown; {@code basis} then too
 */
public record Occupancy(Double leasableHa, Double leasedHa, boolean leasedReported, Double pct,
        OccupancyBasis basis) {

    /**
     * @param declaredAsOf the day the zone's declared figures describe
     * @param reported the latest report with an occupancy figure, or null
     */
    public static Occupancy of(Double declaredLeasableHa, Double declaredLeasedHa, LocalDate declaredAsOf,
            LotTotals lots, ReportedOccupancy reported) {
        boolean summable = lots.sourcedCount() > 0;
        Double leasable = declaredLeasableHa != null ? declaredLeasableHa : summable ? lots.totalHa() : null;
        Double leased = declaredLeasedHa != null ? declaredLeasedHa : summable ? lots.leasedHa() : null;
        LocalDate leasedAsOf = declaredLeasedHa != null ? declaredAsOf : lots.asOf();
        boolean leasedReported = reported != null && reported.leasedHa() != null && leasable != null
                && (leased == null || leasedAsOf == null || reported.asOf().isAfter(leasedAsOf));
        if (leasedReported) {
            leased = reported.leasedHa();
        }
        if (leasable != null && leased != null && leasable > 0) {
            return new Occupancy(leasable, leased, leasedReported, ZoneFigures.occupancy(leased, leasable),
                    OccupancyBasis.LEASED_AREA);
        }
        return new Occupancy(leasable, leased, leasedReported, reported == null ? null : reported.pct(),
                reported == null ? null : OccupancyBasis.REPORTED);
    }
}
