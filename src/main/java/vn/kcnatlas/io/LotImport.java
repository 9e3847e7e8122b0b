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
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotGeoJson;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Imports lots from GeoJSON. A lot must lie inside its zone's boundary and must not overlap another lot
 * of the zone, whether in the file or stored and not replaced by the file.
 */
@Component
class LotImport implements FeatureImport<Lot> {

    /** Lots digitized on a zone's edge may stray a little over it; about a metre is tolerated. */
    private static final double EDGE_TOLERANCE_DEGREES = 1e-5;
    /** Neighbouring lots share edges; an overlap of more than about 10 m² is an error. */
    private static final double OVERLAP_TOLERANCE_SQ_DEGREES = 1e-9;

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
            String problem = zone.isEmpty() ? "zone '" + lot.zoneCode() + "' does not exist"
                    : placementProblem(lot, zone.get().zone().boundary(), placed);
            if (problem != null) {
                errors.add(FeatureProblem.of(entry.getKey(), problem));
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

    private static String placementProblem(Lot lot, Geometry zoneBoundary, List<Lot> placed) {
        if (zoneBoundary == null) {
            return "zone '" + lot.zoneCode() + "' has no boundary yet, so it cannot hold lots";
        }
        if (!zoneBoundary.buffer(EDGE_TOLERANCE_DEGREES).covers(lot.boundary())) {
            return "lot lies partly outside zone '" + lot.zoneCode() + "'";
        }
        for (Lot other : placed) {
            if (other.code().equals(lot.code())) {
                return "lot code '" + lot.code() + "' appears more than once for zone '" + lot.zoneCode() + "'";
            }
            if (other.boundary().intersection(lot.boundary()).getArea() > OVERLAP_TOLERANCE_SQ_DEGREES) {
                return "lot overlaps lot '" + other.code() + "' of zone '" + lot.zoneCode() + "'";
            }
        }
        return null;
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
