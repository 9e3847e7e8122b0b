package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import vn.kcnatlas.report.Progress.Status;
import vn.kcnatlas.text.Localized;
import vn.kcnatlas.zone.FigureSource;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneView;

/**
 * Measures a target against the registry as it stood on the day judged on. Occupancy, construction and
 * funding targets are measured from the zones; targets about a district's economy (industry's share of
 * output, relocated workshops) are outside what the registry holds and say so.
 *
 * <p>The status:
 * <ul>
 * <li>once the target's year is over: <b>met</b> or <b>missed</b> by the latest figure, provided that
 * figure describes the target's year or later. Only a step that cannot be undone (a zone in operation, a
 * developer found) counts as met from whenever it was recorded. A target that no such figure shows met by
 * 31 December of its year reads <b>missed</b> on the record, with evidence {@code none} and a note that says
 * so, and the older figure and its date where there is one: a deadline passed without proof is missed, not
 * pending;</li>
 * <li>while the year is not over, <b>on track</b> or <b>at risk</b>. For occupancy, by the trend of the
 * reports ({@link Trend}): the least-squares line through the rates of the last three years (the rates of
 * the group's reports, area-weighted as {@link ReportSeries} draws them, and the current figure) projected
 * to 31 December of the target's year ({@code projected}); on track if that projection meets the target.
 * With figures on fewer than two days there is no line: on track if the current figure already meets the
 * target, at risk otherwise. Counts and yes/no steps have no trend to project and are judged the same
 * way by the current figure;</li>
 * <li><b>no data</b> without a figure. Zones without figures never count as zeros: where they could change
 * the verdict, it is no data. A group's rate is area-weighted ({@link GroupFigures}): zones known only by a
 * reported rate stay out of it, and a group with no zone whose areas are known has no rate;</li>
 * <li><b>not measured</b> for what the registry does not hold, until an official records an outcome with its
 * source ({@link TargetOutcome}), which is then judged like any figure.</li>
 * </ul>
 */
public final class TargetProgress {

    private static final Localized NO_FIGURES = new Localized("Chưa có số liệu lấp đầy", "No occupancy figures yet");

    /** The metrics measured from the zones; officials record the outcome of every other one. */
    private static final Set<String> ZONE_METRICS = Set.of("occupancy_pct", "kcn_with_occupancy_at_least_50pct",
            "construction_completed", "infrastructure_funded");

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

    /** Whether officials record the outcome of a target, because the zones cannot measure it. */
    public static boolean recordable(Target target) {
        return !ZONE_METRICS.contains(target.metric());
    }

    /**
     * @param zones every zone in the registry; the target picks those in its scope
     * @param reports the periodic reports up to the day judged on, of any zone, for the trend
     * @param outcomes the outcomes recorded up to the day judged on, of any target, latest first
     * @param today the day the progress is judged on: it decides whether the target's year is over
     */
    public static Progress of(Target target, List<ZoneView> zones, List<ZoneReport> reports,
            List<TargetOutcome> outcomes, LocalDate today) {
        return byDeadline(target, measured(target, zones, reports, outcomes, today), today);
    }

    private static Progress measured(Target target, List<ZoneView> zones, List<ZoneReport> reports,
            List<TargetOutcome> outcomes, LocalDate today) {
        if (recordable(target)) {
            return recorded(target, outcomes, today);
        }
        List<ZoneView> scope = zones.stream().filter(inScope(target)).toList();
        return switch (target.metric()) {
            case "occupancy_pct" -> target.scope() == TargetScope.ZONE ? zoneOccupancy(target, scope, reports, today)
                    : occupancy(target, scope, reports, today);
            case "kcn_with_occupancy_at_least_50pct" -> countAtLeast(target,
                    scope.stream().filter(z -> z.zone().kind() == ZoneKind.KCN).toList(), 50, today);
            case "construction_completed" -> yesNo(target, scope, z -> z.zone().lifecycle() == Lifecycle.OPERATING,
                    new Localized("Đã đi vào hoạt động", "In operation"),
                    new Localized("Chưa đi vào hoạt động", "Not yet operating"), today);
            case "infrastructure_funded" -> yesNo(target, scope, TargetProgress::hasInfrastructureInvestor,
                    new Localized("Đã có nhà đầu tư hạ tầng", "Has an infrastructure investor"),
                    new Localized("Chưa có nhà đầu tư hạ tầng", "No infrastructure investor yet"), today);
            default -> throw new IllegalStateException("No measure for " + target.metric());
        };
    }

    /** The latest outcome an official recorded, judged like any figure; not measured without one. */
    private static Progress recorded(Target target, List<TargetOutcome> outcomes, LocalDate today) {
        return outcomes.stream().filter(o -> target.id() != null && o.targetId() == target.id()).findFirst()
                .map(o -> judged(target, o.value(), target.metric().endsWith("_pct") ? "%" : "count",
                        new Localized("Theo " + o.source(), "From " + o.source()), o.asOf(), today, null))
                .orElseGet(() -> new Progress(Status.NOT_MEASURED, null, null, new Localized(
                        "Chỉ tiêu kinh tế của địa phương, KCN Atlas không tự đo được: cán bộ ghi kết quả kèm nguồn",
                        "A local economic indicator KCN Atlas cannot measure itself: an official records the outcome"
                                + " with its source"), null));
    }

    /**
     * Once the target's year is over, a target no figure shows met reads missed, with no evidence: the
     * deadline has passed without proof. Before then, no data and not measured stand.
     */
    private static Progress byDeadline(Target target, Progress progress, LocalDate today) {
        boolean undecided = progress.status() == Status.NO_DATA || progress.status() == Status.NOT_MEASURED;
        if (target.year() >= today.getYear() || !undecided) {
            return progress;
        }
        String vi = "Không đạt theo hồ sơ: không có số liệu từ năm " + target.year() + " trở đi cho thấy đã đạt"
                + " trước 31/12/" + target.year();
        String en = "Missed on the record: no figure from " + target.year() + " on shows it met by 31 December "
                + target.year();
        Localized note = progress.note() == null ? new Localized(vi, en)
                : new Localized(vi + ". " + progress.note().vi(), en + ". " + progress.note().en());
        return new Progress(Status.MISSED, progress.current(), progress.unit(), note, progress.asOf(), null,
                Progress.Evidence.NONE);
    }

    private static Predicate<ZoneView> inScope(Target target) {
        return zone -> appliesTo(target, zone);
    }

    private static Progress zoneOccupancy(Target target, List<ZoneView> scope, List<ZoneReport> reports,
            LocalDate today) {
        if (scope.isEmpty() || scope.getFirst().figures().occupancyPct() == null) {
            return noOccupancy(NO_FIGURES);
        }
        ZoneFigures figures = scope.getFirst().figures();
        List<Trend.Point> points = new ArrayList<>(reports.stream()
                .filter(r -> r.zoneCode().equals(target.scopeCode()) && r.occupancyPct() != null)
                .map(r -> new Trend.Point(r.asOf(), r.occupancyPct())).toList());
        addCurrent(points, figures.occupancyAsOf(), figures.occupancyPct());
        return judged(target, figures.occupancyPct(), "%", null, figures.occupancyAsOf(), today, points);
    }

    private static Progress occupancy(Target target, List<ZoneView> scope, List<ZoneReport> reports,
            LocalDate today) {
        GroupFigures group = GroupFigures.of(scope);
        if (group.occupancyPct() == null) {
            return noOccupancy(group.zonesRateOnly() == 0 ? NO_FIGURES : new Localized(
                    "Chưa có số liệu lấp đầy theo diện tích; " + group.zonesRateOnly() + "/" + group.zoneCount()
                            + " khu chỉ có tỷ lệ báo cáo, không có diện tích cho thuê để tính",
                    "No occupancy by area yet; " + group.zonesRateOnly() + " of " + group.zoneCount()
                            + " zones report only a rate, without the leasable area to weigh it by"));
        }
        Localized note = new Localized(
                "Tính trên " + group.zonesWithOccupancy() + "/" + group.zoneCount() + " khu có số liệu",
                "Over " + group.zonesWithOccupancy() + " of " + group.zoneCount() + " zones with figures");
        List<Trend.Point> points = new ArrayList<>(ReportSeries.of(scope, reports).stream()
                .filter(p -> p.occupancyPct() != null).map(p -> new Trend.Point(p.asOf(), p.occupancyPct()))
                .toList());
        addCurrent(points, group.figuresAsOf(), group.occupancyPct());
        return judged(target, group.occupancyPct(), "%", note, group.figuresAsOf(), today, points);
    }

    private static Progress noOccupancy(Localized note) {
        return new Progress(Status.NO_DATA, null, "%", note, null);
    }

    /** The current figure is the trend's last point, unless a report of that day already gives one. */
    private static void addCurrent(List<Trend.Point> points, LocalDate asOf, double pct) {
        if (asOf != null && points.stream().noneMatch(p -> p.day().equals(asOf))) {
            points.add(new Trend.Point(asOf, pct));
        }
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
        return judged(target, count, "count", null, asOf, today, null);
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
        return judged(target, count, unit, note, asOf, today, null);
    }

    private static boolean hasInfrastructureInvestor(ZoneView zone) {
        InvestmentStatus status = zone.zone().investment().status();
        return status == InvestmentStatus.SEEKING_TENANTS || status == InvestmentStatus.CLOSED;
    }

    /**
     * Met or missed by a figure of {@code asOf} once the target's year is over, "no data" when that figure
     * is older than that year (which {@link #byDeadline} then reads as missed); on track or at risk while it
     * is not.
     *
     * @param trend the rates to project, or null for a metric without a trend
     */
    private static Progress judged(Target target, double current, String unit, Localized note, LocalDate asOf,
            LocalDate today, List<Trend.Point> trend) {
        boolean meets = compare(current, target.comparator(), target.value());
        if (target.year() < today.getYear()) {
            if (asOf != null && asOf.getYear() < target.year()) {
                String day = ReportPeriod.written(asOf);
                return new Progress(Status.NO_DATA, current, unit, new Localized(
                        "Số liệu mới nhất (" + day + ") có trước năm mục tiêu " + target.year() + suffix(note, true),
                        "The latest figure (" + day + ") predates the target year " + target.year()
                                + suffix(note, false)), asOf);
            }
            return new Progress(meets ? Status.MET : Status.MISSED, current, unit, note, asOf);
        }
        Double projected = trend == null ? null : Trend.projected(trend, today, target.year()).orElse(null);
        boolean onTrack = projected == null ? meets : compare(projected, target.comparator(), target.value());
        return new Progress(onTrack ? Status.ON_TRACK : Status.AT_RISK, current, unit, note, asOf, projected);
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
