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
import vn.kcnatlas.unit2025.CurrentUnits;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/** Targets with their progress, and occupancy grouped the way officials read it. */
@Service
public class ReportService {

    private final TargetRepository targets;
    private final SourceRepository sources;
    private final ZoneRepository zones;
    private final AdminUnits adminUnits;
    private final Clock clock;

    ReportService(TargetRepository targets, SourceRepository sources, ZoneRepository zones, AdminUnits adminUnits,
            Clock clock) {
        this.targets = targets;
        this.sources = sources;
        this.zones = zones;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    public List<TargetView> allTargets() {
        return views(targets.all(), zones.find(ZoneQuery.ALL));
    }

    /** The targets that concern one zone: its own, and its district's and province's for its kind. */
    public List<TargetView> targetsOf(ZoneView zone) {
        return views(targets.all().stream().filter(t -> TargetProgress.appliesTo(t, zone)).toList(),
                zones.find(ZoneQuery.ALL));
    }

    /**
     * Occupancy by district or province (the former units), by today's commune or province, or by kind,
     * with the targets set for each group.
     */
    public List<OccupancyRow> occupancy(Grouping grouping) {
        List<ZoneView> all = zones.find(ZoneQuery.ALL);
        AdminUnitDirectory places = adminUnits.directory();
        // A zone today's units do not place falls in one group without a key (groupingBy takes no null).
        Map<Optional<String>, List<ZoneView>> groups = all.stream().collect(Collectors.groupingBy(
                z -> Optional.ofNullable(grouping.keyOf(z)), LinkedHashMap::new, Collectors.toList()));
        List<TargetView> groupTargets = views(targets.all().stream().filter(t -> t.scope() == grouping.scope()).toList(),
                all);
        return groups.entrySet().stream()
                .map(e -> {
                    String key = e.getKey().orElse(null);
                    return new OccupancyRow(key, key == null ? UNPLACED : grouping.nameOf(key, places, e.getValue()),
                            grouping.units(), GroupFigures.of(e.getValue()), groupTargets.stream()
                                    .filter(t -> t.target().scopeCode().equals(key)).toList());
                })
                .sorted(Comparator.comparing(OccupancyRow::group, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The name of the group of zones that today's units do not place. */
    static final String UNPLACED = "Chưa xác định";

    private List<TargetView> views(List<Target> list, List<ZoneView> all) {
        Map<String, SourceDocument> documents = sources.all().stream()
                .collect(Collectors.toMap(SourceDocument::id, Function.identity()));
        AdminUnitDirectory places = adminUnits.directory();
        Map<String, String> zoneNames = all.stream()
                .collect(Collectors.toMap(z -> z.zone().code(), z -> z.zone().kind().code() + " " + z.zone().name()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(t -> new TargetView(t, scopeName(t, places, zoneNames), documents.get(t.sourceId()),
                TargetProgress.of(t, all, today))).toList();
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
