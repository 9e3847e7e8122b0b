package vn.kcnatlas.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.unit2025.CurrentUnits;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Targets with their progress, and occupancy grouped the way officials read it: over the zones still in the
 * plan (a zone taken out of it has nothing to lease), as they stood on the day asked for.
 */
@Service
public class ReportService {

    private final TargetRepository targets;
    private final SourceRepository sources;
    private final ReportRepository reports;
    private final TargetOutcomeRepository outcomes;
    private final ZoneRepository zones;
    private final AdminUnits adminUnits;
    private final Clock clock;

    ReportService(TargetRepository targets, SourceRepository sources, ReportRepository reports,
            TargetOutcomeRepository outcomes, ZoneRepository zones, AdminUnits adminUnits, Clock clock) {
        this.targets = targets;
        this.sources = sources;
        this.reports = reports;
        this.outcomes = outcomes;
        this.zones = zones;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    /** @param asOf the day to judge on, or null for today */
    public List<TargetView> allTargets(LocalDate asOf) {
        return views(targets.all(), zonesAsOf(asOf), asOf);
    }

    /** The targets that concern one zone: its own, and its district's and province's for its kind. */
    public List<TargetView> targetsOf(ZoneView zone) {
        return views(targets.all().stream().filter(t -> TargetProgress.appliesTo(t, zone)).toList(),
                zonesAsOf(null), null);
    }

    /**
     * Occupancy by district or province (the former units), by today's commune or province, or by kind,
     * with the targets set for each group.
     *
     * @param asOf the day the figures describe, or null for today
     */
    public List<OccupancyRow> occupancy(Grouping grouping, LocalDate asOf) {
        List<ZoneView> every = zonesAsOf(asOf);
        AdminUnitDirectory places = adminUnits.directory();
        List<TargetView> groupTargets = views(targets.all().stream().filter(t -> t.scope() == grouping.scope()).toList(),
                every, asOf);
        LocalDate day = asOf != null ? asOf : VietnamDays.today(clock);
        return groups(grouping, inPlan(every)).entrySet().stream()
                .map(e -> {
                    String key = e.getKey().orElse(null);
                    return new OccupancyRow(key, groupName(grouping, e, places), grouping.units(),
                            GroupFigures.of(e.getValue()), day,
                            groupTargets.stream().filter(t -> t.target().scopeCode().equals(key)).toList());
                })
                .sorted(Comparator.comparing(OccupancyRow::group, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Each group's occupancy and cleared area at every date its zones' reports describe. */
    public List<SeriesRow> series(Grouping grouping) {
        List<ZoneView> all = inPlan(zonesAsOf(null));
        List<ZoneReport> every = reports.until(null);
        AdminUnitDirectory places = adminUnits.directory();
        return groups(grouping, all).entrySet().stream()
                .map(e -> new SeriesRow(e.getKey().orElse(null), groupName(grouping, e, places),
                        ReportSeries.of(e.getValue(), every)))
                .sorted(Comparator.comparing(SeriesRow::group, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The name of the group of zones that today's units do not place. */
    static final String UNPLACED = "Chưa xác định";

    /** The zones by group; those today's units do not place fall in one group without a key. */
    private static Map<Optional<String>, List<ZoneView>> groups(Grouping grouping, List<ZoneView> all) {
        return all.stream().collect(Collectors.groupingBy(z -> Optional.ofNullable(grouping.keyOf(z)),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static String groupName(Grouping grouping, Map.Entry<Optional<String>, List<ZoneView>> group,
            AdminUnitDirectory places) {
        return group.getKey().map(key -> grouping.nameOf(key, places, group.getValue())).orElse(UNPLACED);
    }

    private List<ZoneView> zonesAsOf(LocalDate asOf) {
        return zones.find(ZoneQuery.ALL, asOf);
    }

    /** The zones statistics count: those still in the plan. */
    private static List<ZoneView> inPlan(List<ZoneView> zones) {
        return zones.stream().filter(z -> Lifecycle.IN_PLAN.contains(z.zone().lifecycle())).toList();
    }

    private List<TargetView> views(List<Target> list, List<ZoneView> all, LocalDate asOf) {
        Map<String, SourceDocument> documents = sources.all().stream()
                .collect(Collectors.toMap(SourceDocument::id, Function.identity()));
        AdminUnitDirectory places = adminUnits.directory();
        Map<String, String> zoneNames = all.stream()
                .collect(Collectors.toMap(z -> z.zone().code(), z -> z.zone().kind().code() + " " + z.zone().name()));
        List<ZoneReport> reported = reports.until(asOf);
        LocalDate day = (asOf != null ? asOf : VietnamDays.today(clock));
        List<TargetOutcome> recorded = outcomes.until(day);
        return list.stream().map(t -> new TargetView(t, scopeName(t, places, zoneNames), documents.get(t.sourceId()),
                TargetProgress.recordable(t), TargetProgress.of(t, all, reported, recorded, day))).toList();
    }

    private static String scopeName(Target target, AdminUnitDirectory places, Map<String, String> zoneNames) {
        return switch (target.scope()) {
            case ZONE -> zoneNames.getOrDefault(target.scopeCode(), target.scopeCode());
            case DISTRICT -> places.districtByCode(target.scopeCode()).map(District::displayName)
                    .orElse(target.scopeCode());
            case PROVINCE -> places.province(target.scopeCode()).map(Province::name).orElse(target.scopeCode());
        };
    }

    /** How to group zones for statistics. */
    public enum Grouping implements vn.kcnatlas.text.Coded {
        DISTRICT, PROVINCE, KIND, COMMUNE, PROVINCE2025;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        String keyOf(ZoneView zone) {
            return switch (this) {
                case DISTRICT -> zone.zone().districtCode();
                case PROVINCE -> zone.zone().provinceCode();
                case KIND -> zone.zone().kind().code();
                case COMMUNE -> zone.place().current().communeCode();
                case PROVINCE2025 -> zone.place().current().provinceCode();
            };
        }

        /** @param zones the group's zones, which carry the names of today's units */
        String nameOf(String key, AdminUnitDirectory places, List<ZoneView> zones) {
            CurrentUnits current = zones.getFirst().place().current();
            return switch (this) {
                case DISTRICT -> places.districtByCode(key).map(District::displayName).orElse(key);
                case PROVINCE -> places.province(key).map(Province::name).orElse(key);
                case KIND -> key.equals("KCN") ? "Khu công nghiệp" : "Cụm công nghiệp";
                case COMMUNE -> current.communeName();
                case PROVINCE2025 -> current.provinceName();
            };
        }

        /** Which units the groups are: "former" (before 1 July 2025), "current", or null for kinds. */
        String units() {
            return switch (this) {
                case DISTRICT, PROVINCE -> "former";
                case COMMUNE, PROVINCE2025 -> "current";
                case KIND -> null;
            };
        }

        /** The target scope whose targets belong to such a group; none for kinds. */
        TargetScope scope() {
            return switch (this) {
                case DISTRICT -> TargetScope.DISTRICT;
                case PROVINCE -> TargetScope.PROVINCE;
                case KIND, COMMUNE, PROVINCE2025 -> null;
            };
        }
    }
}
