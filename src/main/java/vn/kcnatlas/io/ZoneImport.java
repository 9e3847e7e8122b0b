package vn.kcnatlas.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.DistrictMatch;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.geo.check.ZonePlacement;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.SourceRepository;
import vn.kcnatlas.zone.HistoryAction;
import vn.kcnatlas.zone.Zone;
import vn.kcnatlas.zone.ZoneDraft;
import vn.kcnatlas.zone.ZoneGeoJson;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Imports zones from GeoJSON: new codes are created, known codes updated, each change kept in history.
 * A boundary must keep the rules of {@link ZonePlacement}: inside its province, overlapping no other zone.
 */
@Component
class ZoneImport implements FeatureImport<Zone> {

    private final ZoneRepository zones;
    private final AdminUnits adminUnits;
    private final AdminUnitRepository districtBoundaries;
    private final SourceRepository sources;

    ZoneImport(ZoneRepository zones, AdminUnits adminUnits, AdminUnitRepository districtBoundaries,
            SourceRepository sources) {
        this.zones = zones;
        this.adminUnits = adminUnits;
        this.districtBoundaries = districtBoundaries;
        this.sources = sources;
    }

    @Override
    public String kind() {
        return "zones";
    }

    @Override
    public Checked<Zone> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        AdminUnitDirectory places = adminUnits.directory();
        Map<String, Geometry> boundaries = districtBoundaries.districts().stream()
                .filter(d -> d.boundary() != null)
                .collect(Collectors.toMap(District::code, District::boundary));
        Set<String> knownSources = sources.all().stream().map(SourceDocument::id).collect(Collectors.toSet());
        List<Placed> candidates = new ArrayList<>();
        List<FeatureProblem> errors = new ArrayList<>();
        List<FeatureProblem> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (SourceFeature feature : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            if (feature.problem() != null) {
                errors.add(FeatureProblem.of(feature, feature.problem()));
                continue;
            }
            Parsed<ZoneDraft> parsed = ZoneGeoJson.read(feature.id(), feature.properties(), feature.geometry());
            parsed.problems().forEach(p -> errors.add(FeatureProblem.of(feature, p)));
            if (!parsed.ignoredProperties().isEmpty()) {
                warnings.add(FeatureProblem.of(feature, "ignored unknown properties " + parsed.ignoredProperties()));
            }
            if (!parsed.ok()) {
                continue;
            }
            ZoneDraft draft = parsed.value();
            if (!seen.add(draft.code())) {
                errors.add(FeatureProblem.of(feature, "code '" + draft.code() + "' appears more than once in the file"));
                continue;
            }
            Optional<Province> province = places.province(draft.province());
            if (province.isEmpty()) {
                errors.add(FeatureProblem.of(feature, "unknown province '" + draft.province() + "'; the registry holds "
                        + places.provinceNames()));
                continue;
            }
            DistrictMatch district = places.district(province.get().code(), draft.district(), null, null);
            if (!district.found()) {
                errors.add(FeatureProblem.of(feature, district.problem()));
                continue;
            }
            Zone zone = draft.toZone(province.get().code(), district.district().code());
            warnIfOutsideDistrict(feature, zone, district.district(), boundaries, warnings);
            zone.provenance().sourceIds().stream().filter(id -> !knownSources.contains(id)).forEach(id -> warnings
                    .add(FeatureProblem.of(feature, "sourceIds names '" + id + "', which is not a known source")));
            candidates.add(new Placed(feature, zone, province.get()));
        }
        return new Checked<>(placeAll(candidates, errors), errors, warnings);
    }

    /** A zone read from the file, with the feature it came from and its province. */
    private record Placed(SourceFeature feature, Zone zone, Province province) {
    }

    /**
     * The zones whose boundary lies inside their province and overlaps no other zone, stored (unless
     * the file replaces it) or earlier in the file, by the rules every zone write keeps.
     */
    private List<Zone> placeAll(List<Placed> candidates, List<FeatureProblem> errors) {
        Set<String> inFile = candidates.stream().map(p -> p.zone().code()).collect(Collectors.toSet());
        List<NamedArea> placed = zones.find(vn.kcnatlas.zone.ZoneQuery.ALL).stream().map(ZoneView::zone)
                .filter(z -> z.boundary() != null && !inFile.contains(z.code()))
                .map(ZoneImport::area).collect(Collectors.toCollection(ArrayList::new));
        List<Zone> accepted = new ArrayList<>();
        for (Placed candidate : candidates) {
            Zone zone = candidate.zone();
            if (zone.boundary() != null) {
                Province province = candidate.province();
                List<GeometryProblem> problems = new ZonePlacement(new NamedArea(province.code(), province.name(),
                        province.boundary()), AreasNear.of(placed)).problems(zone.boundary());
                problems.forEach(p -> errors.add(FeatureProblem.of(candidate.feature(), p.message())));
                if (!problems.isEmpty()) {
                    continue;
                }
                placed.add(area(zone));
            }
            accepted.add(zone);
        }
        return accepted;
    }

    private static NamedArea area(Zone zone) {
        return new NamedArea(zone.code(), zone.name(), zone.boundary());
    }

    private static void warnIfOutsideDistrict(SourceFeature feature, Zone zone, District district,
            Map<String, Geometry> boundaries, List<FeatureProblem> warnings) {
        Geometry districtBoundary = boundaries.get(district.code());
        if (zone.boundary() != null && districtBoundary != null) {
            ZonePlacement.IN_PROVINCE.outside(zone.boundary(), districtBoundary).ifPresent(outside -> warnings.add(
                    FeatureProblem.of(feature, "boundary reaches outside " + district.displayName() + ": "
                            + outside.describe())));
        }
    }

    @Override
    public Written write(List<Zone> accepted, ImportOptions options, Instant at, ImportProgress progress) {
        HistoryAction action = options.seed() ? HistoryAction.SEED : HistoryAction.IMPORT;
        Map<String, ZoneView> existing = zones.find(vn.kcnatlas.zone.ZoneQuery.ALL).stream()
                .collect(Collectors.toMap(v -> v.zone().code(), Function.identity()));
        List<Geometry> touched = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (Zone zone : accepted) {
            progress.advanced("writing", ++done, accepted.size());
            ZoneView current = existing.get(zone.code());
            if (current == null) {
                zones.insert(zone, action, options.actor(), at);
                created++;
            } else if (current.zone().sameContentAs(zone)) {
                unchanged++;
                continue;
            } else {
                zones.update(current.zone(), zone, action, options.actor(), at);
                touched.add(drawnAt(current));
                updated++;
            }
            zones.findByCode(zone.code()).map(ZoneImport::drawnAt).ifPresent(touched::add);
        }
        return new Written(created, updated, unchanged, new MapDataChanged(MapDataChanged.ZONES, touched));
    }

    /** Where maps draw a zone: its boundary, or its marker while it has none. */
    private static Geometry drawnAt(ZoneView view) {
        return view.zone().boundary() != null ? view.zone().boundary() : view.place().markerPoint();
    }
}
