package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kcnatlas.zone.FigureSource;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneView;

/**
 * Occupancy over a group of zones: a district's, a province's, one kind's.
 *
 * <p>The group rate is area-weighted: total leased over total leasable area, over the zones that have both
 * (a leasable area above zero). A zone known only by the rate a report states, without its leasable area,
 * has no weight and cannot enter that sum; it is counted in {@code zonesRateOnly} and listed, never
 * averaged in. A zone without any figure is counted in {@code zonesWithoutOccupancy}, never as a zero.
 * When no zone has both areas, the group has no rate. The leasable and leased sums cover the zones the rate
 * rests on; the area and available sums every zone whose figure is known. Each is null when no zone
 * contributes: a group of unknowns sums to "unknown", never to 0 ha.
 *
 * @param zoneCodes the group's zones
 * @param occupancyZoneCodes the zones the rate rests on
 * @param zonesWithOccupancy how many zones the rate rests on
 * @param zonesRateOnly how many zones have a reported rate but no leasable area, and so stay out of the rate
 * @param zonesWithoutOccupancy how many zones have no occupancy figure at all
 * @param figuresAsOf the date of the oldest figure the rate rests on: the rate is no more recent than that;
 *     null without a rate
 */
public record GroupFigures(int zoneCount, List<String> zoneCodes, Double areaHa, Double leasableHa,
        Double leasedHa, Double availableHa, Double occupancyPct, List<String> occupancyZoneCodes,
        int zonesWithOccupancy, int zonesRateOnly, int zonesWithoutOccupancy, LocalDate figuresAsOf) {

    public static GroupFigures of(List<ZoneView> zones) {
        Sum area = new Sum();
        Sum leasable = new Sum();
        Sum leased = new Sum();
        Sum available = new Sum();
        List<String> measured = new ArrayList<>();
        int rateOnly = 0;
        LocalDate asOf = null;
        for (ZoneView zone : zones) {
            ZoneFigures f = zone.figures();
            area.add(zone.zone().land().areaHa());
            available.add(f.availableHa());
            if (weighable(f)) {
                leasable.add(f.leasableHa());
                leased.add(f.leasedHa());
                measured.add(zone.zone().code());
                asOf = oldest(asOf, f.sources().get("occupancyPct"));
            } else if (f.occupancyPct() != null) {
                rateOnly++;
            }
        }
        Double rate = measured.isEmpty() ? null : round(ZoneFigures.occupancy(leased.total, leasable.total));
        return new GroupFigures(zones.size(), zones.stream().map(z -> z.zone().code()).toList(), area.value(),
                leasable.value(), leased.value(), available.value(), rate, List.copyOf(measured), measured.size(),
                rateOnly, zones.size() - measured.size() - rateOnly, asOf);
    }

    /** A sum of the figures that are known; null when none is. */
    private static final class Sum {
        private double total;
        private boolean known;

        void add(Double figure) {
            if (figure != null) {
                total += figure;
                known = true;
            }
        }

        Double value() {
            return known ? round(total) : null;
        }
    }

    /** Whether a zone can enter an area-weighted rate: it has a leased and a leasable area above zero. */
    static boolean weighable(ZoneFigures figures) {
        return figures.leasableHa() != null && figures.leasedHa() != null && figures.leasableHa() > 0;
    }

    private static LocalDate oldest(LocalDate sofar, FigureSource source) {
        LocalDate date = source == null ? null : source.asOf();
        if (date == null) {
            return sofar;
        }
        return sofar == null || date.isBefore(sofar) ? date : sofar;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
