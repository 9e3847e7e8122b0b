package vn.kcnatlas.report;

import java.util.List;
import java.util.function.Predicate;

import vn.kcnatlas.report.Progress.Status;
import vn.kcnatlas.text.Localized;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneView;

/**
 * Measures a target against the registry as it stands. Occupancy, construction and funding targets are
 * measured from the zones; targets about a district's economy (industry's share of output, relocated
 * workshops) are outside what the registry holds and say so.
 */
public final class TargetProgress {

    private TargetProgress() {
    }

    /** Whether a target concerns a zone: set for it, or for its district or province and its kind. */
    public static boolean appliesTo(Target target, ZoneView zone) {
        boolean kindMatches = target.zoneKind() == null || target.zoneKind().equals(zone.zone().kind().code());
        return switch (target.scope()) {
            case ZONE -> target.scopeCode().equals(zone.zone().code());
            case DISTRICT -> kindMatches && target.scopeCode().equals(zone.zone().districtCode());
            case PROVINCE -> kindMatches && target.scopeCode().equals(zone.zone().provinceCode());
        };
    }

    /**
     * @param zones every zone in the registry; the target picks those in its scope
     */
    public static Progress of(Target target, List<ZoneView> zones) {
        List<ZoneView> scope = zones.stream().filter(inScope(target)).toList();
        return switch (target.metric()) {
            case "occupancy_pct" -> occupancy(target, scope);
            case "kcn_with_occupancy_at_least_50pct" -> countAtLeast(target,
                    scope.stream().filter(z -> z.zone().kind() == ZoneKind.KCN).toList(), 50);
            case "construction_completed" -> yesNo(target, scope, z -> z.zone().lifecycle() == Lifecycle.OPERATING,
                    new Localized("Đã đi vào hoạt động", "In operation"),
                    new Localized("Chưa đi vào hoạt động", "Not yet operating"));
            case "infrastructure_funded" -> yesNo(target, scope, TargetProgress::hasInfrastructureInvestor,
                    new Localized("Đã có nhà đầu tư hạ tầng", "Has an infrastructure investor"),
                    new Localized("Chưa có nhà đầu tư hạ tầng", "No infrastructure investor yet"));
            default -> new Progress(Status.NOT_MEASURED, null, null, new Localized(
                    "Chỉ tiêu kinh tế của địa phương, không theo dõi trong KCN Atlas",
                    "A local economic indicator that KCN Atlas does not track"));
        };
    }

    private static Predicate<ZoneView> inScope(Target target) {
        return zone -> appliesTo(target, zone);
    }

    private static Progress occupancy(Target target, List<ZoneView> scope) {
        GroupFigures group = GroupFigures.of(scope);
        if (group.occupancyPct() == null) {
            return new Progress(Status.NO_DATA, null, "%", new Localized("Chưa có số liệu lấp đầy",
                    "No occupancy figures yet"));
        }
        Localized note = target.scope() == TargetScope.ZONE ? null : new Localized(
                "Tính trên " + group.zonesWithOccupancy() + "/" + group.zoneCount() + " khu có số liệu",
                "Over " + group.zonesWithOccupancy() + " of " + group.zoneCount() + " zones with figures");
        return measured(target, group.occupancyPct(), "%", note);
    }

    private static Progress countAtLeast(Target target, List<ZoneView> scope, double pct) {
        long count = scope.stream().filter(z -> z.figures().occupancyPct() != null && z.figures().occupancyPct() >= pct)
                .count();
        return measured(target, (double) count, "count", null);
    }

    private static Progress yesNo(Target target, List<ZoneView> scope, Predicate<ZoneView> done, Localized yes,
            Localized no) {
        if (scope.isEmpty()) {
            return new Progress(Status.NO_DATA, null, null, new Localized("Không có khu nào trong phạm vi",
                    "No zone in scope"));
        }
        long count = scope.stream().filter(done).count();
        Progress progress = measured(target, (double) count, scope.size() == 1 ? null : "count", null);
        return new Progress(progress.status(), progress.current(), progress.unit(),
                scope.size() == 1 ? (count == 1 ? yes : no) : null);
    }

    private static boolean hasInfrastructureInvestor(ZoneView zone) {
        InvestmentStatus status = zone.zone().investment().status();
        return status == InvestmentStatus.SEEKING_TENANTS || status == InvestmentStatus.CLOSED;
    }

    private static Progress measured(Target target, double current, String unit, Localized note) {
        return new Progress(compare(current, target.comparator(), target.value()) ? Status.MET : Status.NOT_MET,
                current, unit, note);
    }

    static boolean compare(double current, String comparator, double value) {
        return switch (comparator) {
            case ">" -> current > value;
            case ">=" -> current >= value;
            case "=" -> current == value;
            case "<=" -> current <= value;
            case "<" -> current < value;
            default -> throw new IllegalStateException("Unknown comparator " + comparator);
        };
    }
}
