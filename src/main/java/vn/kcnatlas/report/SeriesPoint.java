package vn.kcnatlas.report;

import java.time.LocalDate;

/**
 * A group's figures on one report date, from the latest report of each of its zones on or before it.
 *
 * @param occupancyPct leased over leasable area, over the zones whose report states a leased area and whose
 *     leasable area is known; null when none does
 * @param leasedHa the leased areas those reports state, summed; 0 when none does
 * @param leasableHa the leasable areas of the same zones
 * @param clearedHa the cleared areas the reports state, summed; null when none states one
 * @param zonesReporting how many of the group's zones have a report on or before that date
 */
public record SeriesPoint(LocalDate asOf, Double occupancyPct, double leasedHa, double leasableHa, Double clearedHa,
        int zonesReporting) {
}
