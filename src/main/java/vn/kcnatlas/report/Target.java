package vn.kcnatlas.report;

/**
 * A target a plan sets, such as "the clusters of Kiên Giang above 40% occupancy by 2025".
 *
 * @param id null for a target not yet stored
 * @param scopeCode the zone, district or province code the scope names
 * @param zoneKind KCN or CCN when the target is about one kind of zone only, else null
 * @param metric what is measured, e.g. {@code occupancy_pct}
 * @param comparator one of {@code > >= = <= <}
 * @param wording the plan's own words, in Vietnamese
 */
public record Target(Long id, TargetScope scope, String scopeCode, String zoneKind, String metric, String comparator,
        double value, int year, String sourceId, String wording) {
}
