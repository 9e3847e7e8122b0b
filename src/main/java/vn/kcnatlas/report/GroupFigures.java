package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.List;

import vn.kcnatlas.zone.FigureSource;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneView;

/**
 * Occupancy over a group of zones: a district's, a province's, one kind's.
 *
 * <p>The group rate is total leased over total leasable area, counting the zones whose areas are known.
 * When no zone of the group has both, it is the mean of the rates the zones' reports state. Zones without
 * figures are counted as such, never as zeros.
 *
 * @param zonesWithOccupancy how many zones the rate is based on
 * @param zonesWithoutOccupancy how many zones of the group have no occupancy figure at all
 * @param asOf the date of the oldest figure the rate rests on: the rate is no more recent than that; null
 *     without a rate
 */
public record GroupFigures(int zoneCount, double areaHa, double leasableHa, double leasedHa, double availableHa,
        Double occupancyPct, int zonesWithOccupancy, int zonesWithoutOccupancy, LocalDate asOf) {

    public static GroupFigures of(List<ZoneView> zones) {
        double area = 0;
        double leasable = 0;
        double leased = 0;
        double available = 0;
        int measured = 0;
        double reportedSum = 0;
        int reported = 0;
        LocalDate measuredAsOf = null;
        LocalDate reportedAsOf = null;
        for (ZoneView zone : zones) {
            ZoneFigures f = zone.figures();
            area += zone.zone().land().areaHa() == null ? 0 : zone.zone().land().areaHa();
            available += f.availableHa() == null ? 0 : f.availableHa();
            if (f.leasableHa() != null && f.leasedHa() != null && f.leasableHa() > 0) {
                leasable += f.leasableHa();
                leased += f.leasedHa();
                measured++;
                measuredAsOf = oldest(measuredAsOf, f.sources().get("occupancyPct"));
            } else if (f.occupancyPct() != null) {
                reportedSum += f.occupancyPct();
                reported++;
                reportedAsOf = oldest(reportedAsOf, f.sources().get("occupancyPct"));
            }
        }
        Double rate = null;
        LocalDate asOf = null;
        if (measured > 0) {
            rate = 100 * leased / leasable;
            asOf = measuredAsOf;
        } else if (reported > 0) {
            rate = reportedSum / reported;
            asOf = reportedAsOf;
        }
        int withRate = measured > 0 ? measured : reported;
        return new GroupFigures(zones.size(), round(area), round(leasable), round(leased), round(available),
                rate == null ? null : round(rate), withRate, zones.size() - measured - reported, asOf);
    }

    private static LocalDate oldest(LocalDate sofar, FigureSource source) {
        LocalDate date = source == null ? null : source.asOf();
        if (date == null) {
            return sofar;
        }
        return sofar == null || date.isBefore(sofar) ? date : sofar;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
