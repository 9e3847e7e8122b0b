package vn.kcnatlas.report;

import java.util.List;

import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneView;

/**
 * Occupancy over a group of zones: a district's, a province's, one kind's.
 *
 * <p>The group rate is total leased over total leasable area, counting the zones whose areas are known.
 * When no zone of the group has both, it is the mean of the rates the zones' reports state.
 *
 * @param zonesWithOccupancy how many zones the rate is based on
 */
public record GroupFigures(int zoneCount, double areaHa, double leasableHa, double leasedHa, double availableHa,
        Double occupancyPct, int zonesWithOccupancy) {

    public static GroupFigures of(List<ZoneView> zones) {
        double area = 0;
        double leasable = 0;
        double leased = 0;
        double available = 0;
        int measured = 0;
        double reportedSum = 0;
        int reported = 0;
        for (ZoneView zone : zones) {
            ZoneFigures f = zone.figures();
            area += zone.zone().land().areaHa() == null ? 0 : zone.zone().land().areaHa();
            available += f.availableHa() == null ? 0 : f.availableHa();
            if (f.leasableHa() != null && f.leasedHa() != null && f.leasableHa() > 0) {
                leasable += f.leasableHa();
                leased += f.leasedHa();
                measured++;
            } else if (f.occupancyPct() != null) {
                reportedSum += f.occupancyPct();
                reported++;
            }
        }
        Double rate = null;
        if (measured > 0) {
            rate = 100 * leased / leasable;
        } else if (reported > 0) {
            rate = reportedSum / reported;
        }
        return new GroupFigures(zones.size(), round(area), round(leasable), round(leased), round(available),
                rate == null ? null : round(rate), measured > 0 ? measured : reported);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
