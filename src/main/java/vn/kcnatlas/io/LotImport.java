package vn.kcnatlas.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.LotPlacement;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotGeoJson;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Imports lots from GeoJSON. A lot must lie inside its zone's boundary and must not overlap another lot
 * of the zone, whether in the file or stored and not replaced by the file, by the rules (and within the
 * tolerances) of {@link LotPlacement} that every lot write keeps.
 */
@Component
class LotImport implements FeatureImport<Lot> {

    private final LotRepository lots;
    private final ZoneRepository zones;

    LotImport(LotRepository lots, ZoneRepository zones) {
        this.lots = lots;
        this.zones = zones;
    }

    @Override
    public String kind() {
        return "lots";
    }

    @Override
    public Checked<Lot> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        List<FeatureProblem> errors = new ArrayList<>();
        List<FeatureProblem> warnings = new ArrayList<>();
        Map<SourceFeature, Lot> parsed = parseAll(file, errors, warnings);
        Set<String> inFile = parsed.values().stream().map(Lot::id).collect(Collectors.toSet());

        Map<String, Optional<ZoneView>> zonesByCode = new HashMap<>();
        Map<String, List<Lot>> placedByZone = new HashMap<>();
        List<Lot> accepted = new ArrayList<>();
        int done = 0;
        for (Map.Entry<SourceFeature, Lot> entry : parsed.entrySet()) {
            progress.advanced("checking", ++done, parsed.size());
            Lot lot = entry.getValue();
            Optional<ZoneView> zone = zonesByCode.computeIfAbsent(lot.zoneCode(), zones::findByCode);
            List<Lot> placed = placedByZone.computeIfAbsent(lot.zoneCode(), code -> lots.findByZone(code).stream()
                    .filter(stored -> !inFile.contains(stored.id())).collect(Collectors.toCollection(ArrayList::new)));
            List<String> problems = zone.isEmpty() ? List.of("zone '" + lot.zoneCode() + "' does not exist")
                    : placementProblems(lot, zone.get(), placed);
            if (!problems.isEmpty()) {
                problems.forEach(problem -> errors.add(FeatureProblem.of(entry.getKey(), problem)));
            } else {
                placed.add(lot);
                accepted.add(lot);
            }
        }
        return new Checked<>(accepted, errors, warnings);
    }

    private static Map<SourceFeature, Lot> parseAll(FeatureFile file, List<FeatureProblem> errors,
            List<FeatureProblem> warnings) {
        Map<SourceFeature, Lot> parsed = new java.util.LinkedHashMap<>();
        for (SourceFeature feature : file.features()) {
            if (feature.problem() != null) {
                errors.add(FeatureProblem.of(feature, feature.problem()));
                continue;
            }
            Parsed<Lot> lot = LotGeoJson.read(feature.id(), feature.properties(), feature.geometry());
            lot.problems().forEach(p -> errors.add(FeatureProblem.of(feature, p)));
            if (!lot.ignoredProperties().isEmpty()) {
                warnings.add(FeatureProblem.of(feature, "ignored unknown properties " + lot.ignoredProperties()));
            }
            if (lot.ok()) {
                parsed.put(feature, lot.value());
            }
        }
        return parsed;
    }

    private static List<String> placementProblems(Lot lot, ZoneView zone, List<Lot> placed) {
        if (placed.stream().anyMatch(other -> other.code().equals(lot.code()))) {
            return List.of("lot code '" + lot.code() + "' appears more than once for zone '" + lot.zoneCode() + "'");
        }
        LotPlacement placement = new LotPlacement(new NamedArea(lot.zoneCode(), zone.zone().name(), zone.zone().boundary()),
                AreasNear.of(placed.stream().map(other -> new NamedArea(other.code(), null, other.boundary())).toList()));
        return placement.problems(lot.boundary()).stream().map(GeometryProblem::message).toList();
    }

    @Override
    public Written write(List<Lot> accepted, ImportOptions options, Instant at, ImportProgress progress) {
        List<Geometry> touched = new ArrayList<>();
        Set<String> zoneCodes = new LinkedHashSet<>(); // the zones some of whose lots changed
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (Lot lot : accepted) {
            progress.advanced("writing", ++done, accepted.size());
            Optional<Lot> current = lots.find(lot.zoneCode(), lot.code());
            if (current.isEmpty()) {
                lots.insert(lot, at);
                touched.add(lot.boundary());
                zoneCodes.add(lot.zoneCode());
                created++;
            } else if (current.get().sameContentAs(lot)) {
                unchanged++;
            } else {
                lots.update(lot, at);
                touched.add(current.get().boundary());
                touched.add(lot.boundary());
                zoneCodes.add(lot.zoneCode());
                updated++;
            }
        }
        // A zone's available area and occupancy come from its lots, so its own map features change too.
        if (!zoneCodes.isEmpty()) {
            zones.refreshLotTotals(zoneCodes);
        }
        List<Geometry> zoneBoundaries = zoneCodes.stream().map(zones::findByCode).flatMap(Optional::stream)
                .map(z -> (Geometry) z.zone().boundary()).toList();
        return new Written(created, updated, unchanged, List.of(new MapDataChanged(MapDataChanged.LOTS, touched),
                new MapDataChanged(MapDataChanged.ZONES, zoneBoundaries)));
    }
}
