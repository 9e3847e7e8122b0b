package vn.kcnatlas.zone;

import java.util.List;
import java.util.Set;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.unit2025.CurrentUnits;

/**
 * Which zones to list. Empty sets and nulls mean "any".
 *
 * @param searchTerms folded words that must all occur in the zone's name or code
 * @param communeCodes today's communes (since 1 July 2025), by code
 * @param currentProvinceCodes today's provinces, by code
 */
public record ZoneQuery(Set<ZoneKind> kinds, Set<String> provinceCodes, Set<String> districtCodes,
        Set<InvestmentStatus> investment, Set<ClearanceStatus> clearance, Set<Lifecycle> lifecycles,
        FigureFilter figures, BoundingBox bbox, List<String> searchTerms, Set<String> communeCodes,
        Set<String> currentProvinceCodes) {

    /** A query that leaves today's units open. */
    public ZoneQuery(Set<ZoneKind> kinds, Set<String> provinceCodes, Set<String> districtCodes,
            Set<InvestmentStatus> investment, Set<ClearanceStatus> clearance, Set<Lifecycle> lifecycles,
            FigureFilter figures, BoundingBox bbox, List<String> searchTerms) {
        this(kinds, provinceCodes, districtCodes, investment, clearance, lifecycles, figures, bbox, searchTerms,
                Set.of(), Set.of());
    }

    public static final ZoneQuery ALL = new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            FigureFilter.NONE, null, List.of());

    /** Every zone whose boundary meets a box. */
    public static ZoneQuery inBox(BoundingBox box) {
        return new ZoneQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), FigureFilter.NONE, box,
                List.of());
    }

    /**
     * Whether a zone meets every condition but the figure filter. {@link ZoneRepository} asks the same of
     * the store in SQL; a test holds the two together.
     */
    boolean admits(ZoneView view) {
        CurrentUnits current = view.place().current();
        return admits(view.zone()) && among(communeCodes, current.communeCode())
                && among(currentProvinceCodes, current.provinceCode());
    }

    /** Whether a code is among those asked for; any, even none, when none are. (Set.copyOf holds no null.) */
    private static boolean among(Set<String> asked, String code) {
        return asked.isEmpty() || code != null && asked.contains(code);
    }

    private boolean admits(Zone zone) {
        return (kinds.isEmpty() || kinds.contains(zone.kind()))
                && (provinceCodes.isEmpty() || provinceCodes.contains(zone.provinceCode()))
                && (districtCodes.isEmpty() || districtCodes.contains(zone.districtCode()))
                && (investment.isEmpty() || investment.contains(zone.investment().status()))
                && (clearance.isEmpty() || clearance.contains(zone.land().clearanceStatus()))
                && (lifecycles.isEmpty() || lifecycles.contains(zone.lifecycle()))
                && (bbox == null || zone.boundary() != null && bbox.meets(zone.boundary()))
                && searchTerms.stream().allMatch(ZoneSearchText.of(zone)::contains);
    }

    public ZoneQuery {
        kinds = Set.copyOf(kinds);
        provinceCodes = Set.copyOf(provinceCodes);
        districtCodes = Set.copyOf(districtCodes);
        investment = Set.copyOf(investment);
        clearance = Set.copyOf(clearance);
        lifecycles = Set.copyOf(lifecycles);
        searchTerms = List.copyOf(searchTerms);
        communeCodes = Set.copyOf(communeCodes);
        currentProvinceCodes = Set.copyOf(currentProvinceCodes);
        figures = figures == null ? FigureFilter.NONE : figures;
    }
}
