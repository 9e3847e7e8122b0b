package vn.kcnatlas.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import vn.kcnatlas.report.Progress.Status;
import vn.kcnatlas.text.Localized;
import vn.kcnatlas.zone.FigureSource;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneView;

/**
 * Measures a target against the registry as it stands. Occupancy, construction and funding targets are
 * measured from the zones; targets about a district's economy (industry's share of output, relocated
 * workshops) are outside what the registry holds and say so.
 *
 * <p>A figure says how things stood on its date, not on the target's: once the target's year is over, a
 * figure from before that year cannot tell whether it was met, and the target reads "no data" with that
 * figure and its date shown. Only a step that cannot be undone (a zone in operation, a developer found) counts
 * as met from whenever it was recorded. Zones without figures never count as zeros: where they could change
 * the verdict, it is "no data".
 */
public final class TargetProgress {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
     * @param today the day the progress is judged on: it decides whether the target's year is over
     */
    public static Progress of(Target target, List<ZoneView> zones, LocalDate today) {
        List<ZoneView> scope = zones.stream().filter(inScope(target)).toList();
        return switch (target.metric()) {
            case "occupancy_pct" -> occupancy(target, scope, today);
            case "kcn_with_occupancy_at_least_50pct" -> countAtLeast(target,
                    scope.stream().filter(z -> z.zone().kind() == ZoneKind.KCN).toList(), 50, today);
            case "construction_completed" -> yesNo(target, scope, z -> z.zone().lifecycle() == Lifecycle.OPERATING,
                    new Localized("Đã đi vào hoạt động", "In operation"),
                    new Localized("Chưa đi vào hoạt động", "Not yet operating"), today);
            case "infrastructure_funded" -> yesNo(target, scope, TargetProgress::hasInfrastructureInvestor,
                    new Localized("Đã có nhà đầu tư hạ tầng", "Has an infrastructure investor"),
                    new Localized("Chưa có nhà đầu tư hạ tầng", "No infrastructure investor yet"), today);
            default -> new Progress(Status.NOT_MEASURED, null, null, new Localized(
                    "Chỉ tiêu kinh tế của địa phương, không theo dõi trong KCN Atlas",
                    "A local economic indicator that KCN Atlas does not track"), null);
        };
    }

    private static Predicate<ZoneView> inScope(Target target) {
        return zone -> appliesTo(target, zone);
    }

    private static Progress occupancy(Target target, List<ZoneView> scope, LocalDate today) {
        GroupFigures group = GroupFigures.of(scope);
        if (group.occupancyPct() == null) {
            return new Progress(Status.NO_DATA, null, "%", new Localized("Chưa có số liệu lấp đầy",
                    "No occupancy figures yet"), null);
        }
        Localized note = target.scope() == TargetScope.ZONE ? null : new Localized(
                "Tính trên " + group.zonesWithOccupancy() + "/" + group.zoneCount() + " khu có số liệu",
                "Over " + group.zonesWithOccupancy() + " of " + group.zoneCount() + " zones with figures");
        return judged(target, group.occupancyPct(), "%", note, group.asOf(), today);
    }

    private static Progress countAtLeast(Target target, List<ZoneView> scope, double pct, LocalDate today) {
        List<ZoneView> known = scope.stream().filter(z -> z.figures().occupancyPct() != null).toList();
        long count = known.stream().filter(z -> z.figures().occupancyPct() >= pct).count();
        LocalDate asOf = known.stream().map(z -> z.figures().sources().get("occupancyPct"))
                .filter(Objects::nonNull).map(FigureSource::asOf).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        int unknown = scope.size() - known.size();
        if (unknown > 0 && !compare(count, target.comparator(), target.value())) {
            return new Progress(Status.NO_DATA, (double) count, "count", new Localized(
                    unknown + "/" + scope.size() + " khu chưa có số liệu lấp đầy",
                    unknown + " of " + scope.size() + " zones have no occupancy figures"), asOf);
        }
        return judged(target, count, "count", null, asOf, today);
    }

    private static Progress yesNo(Target target, List<ZoneView> scope, Predicate<ZoneView> done, Localized yes,
            Localized no, LocalDate today) {
        if (scope.isEmpty()) {
            return new Progress(Status.NO_DATA, null, null, new Localized("Không có khu nào trong phạm vi",
                    "No zone in scope"), null);
        }
        long count = scope.stream().filter(done).count();
        LocalDate asOf = scope.stream().map(z -> z.zone().provenance().asOf()).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        String unit = scope.size() == 1 ? null : "count";
        Localized note = scope.size() == 1 ? (count == 1 ? yes : no) : null;
        if (compare(count, target.comparator(), target.value())) {
            // Operating, or funded, stays so: recorded before the target's year, it still counts as met.
            return new Progress(Status.MET, (double) count, unit, note, asOf);
        }
        return judged(target, count, unit, note, asOf, today);
    }

    private static boolean hasInfrastructureInvestor(ZoneView zone) {
        InvestmentStatus status = zone.zone().investment().status();
        return status == InvestmentStatus.SEEKING_TENANTS || status == InvestmentStatus.CLOSED;
    }

    /**
     * Met or not by a figure of {@code asOf}; "no data" when the target's year is over and the figure is
     * older than that year.
     */
    private static Progress judged(Target target, double current, String unit, Localized note, LocalDate asOf,
            LocalDate today) {
        boolean yearOver = target.year() < today.getYear();
        if (yearOver && asOf != null && asOf.getYear() < target.year()) {
            String day = asOf.format(DAY);
            return new Progress(Status.NO_DATA, current, unit, new Localized(
                    "Số liệu mới nhất (" + day + ") có trước năm mục tiêu " + target.year()
                            + ", chưa biết đã đạt hay chưa" + suffix(note, true),
                    "The latest figure (" + day + ") predates the target year " + target.year()
                            + ", so whether it was met is unknown" + suffix(note, false)), asOf);
        }
        return new Progress(compare(current, target.comparator(), target.value()) ? Status.MET : Status.NOT_MET,
                current, unit, note, asOf);
    }

    private static String suffix(Localized note, boolean vietnamese) {
        return note == null ? "" : "; " + (vietnamese ? note.vi() : note.en()).toLowerCase(java.util.Locale.ROOT);
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
