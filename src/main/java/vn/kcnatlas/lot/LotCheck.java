package vn.kcnatlas.lot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.PolygonCheck;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.LotPlacement;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Checks lots before any write, an import's or an edit's: their attributes, their boundary
 * ({@link #boundaryProblems}), and where they lie ({@link LotPlacement}): inside their zone, overlapping
 * no other lot of it, whether stored or checked earlier in the same batch. One check serves a batch.
 */
public final class LotCheck {

    /**
     * What the check found.
     *
     * @param lot the lot ready to write, or null when {@code errors} is not empty
     * @param warnings what is odd but not wrong, such as properties that were ignored
     */
    public record Outcome(ValidLot lot, List<ChangeProblem> errors, List<String> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ZoneRepository zones;
    private final LotRepository lots;
    private final Set<String> replacing;
    private final Map<String, Optional<ZoneView>> zonesByCode = new HashMap<>();
    private final Map<String, List<Lot>> placedByZone = new HashMap<>();

    /**
     * @param replacing the ids ({@code zone/code}) of the lots the batch writes: their stored shapes are
     *     not in the way of their new ones
     */
    LotCheck(ZoneRepository zones, LotRepository lots, Collection<String> replacing) {
        this.zones = zones;
        this.lots = lots;
        this.replacing = Set.copyOf(replacing);
    }

    /** Checks a lot given as a GeoJSON feature's id ({@code zone/code}), properties and geometry. */
    public Outcome check(String featureId, JsonNode properties, Geometry geometry) {
        Parsed<Lot> parsed = LotGeoJson.read(featureId, properties, geometry);
        List<ChangeProblem> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        parsed.problems().forEach(p -> errors.add(ChangeProblem.ofProperties(p, LotGeoJson.KNOWN)));
        if (geometry != null) {
            boundaryProblems(geometry).forEach(p -> errors.add(ChangeProblem.of(p)));
        }
        if (!parsed.ignoredProperties().isEmpty()) {
            warnings.add("ignored unknown properties " + parsed.ignoredProperties());
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, warnings);
        }
        Lot lot = parsed.value();
        errors.addAll(placementProblems(lot));
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, warnings);
        }
        placed(lot.zoneCode()).add(lot);
        return new Outcome(new ValidLot(lot), errors, warnings);
    }

    /**
     * What is wrong with a lot's boundary on its own, each problem with where it lies. Every lot write
     * checks its boundary here and nowhere else, so a stricter check is a change to this method alone.
     */
    static List<GeometryProblem> boundaryProblems(Geometry boundary) {
        return PolygonCheck.check(boundary, BoundaryKind.LOT);
    }

    private List<ChangeProblem> placementProblems(Lot lot) {
        Optional<ZoneView> zone = zonesByCode.computeIfAbsent(lot.zoneCode(), zones::findByCode);
        if (zone.isEmpty()) {
            return List.of(new ChangeProblem("unknown-zone", "zone '" + lot.zoneCode() + "' does not exist",
                    "/properties/zone", null));
        }
        List<Lot> placed = placed(lot.zoneCode());
        if (placed.stream().anyMatch(other -> other.code().equals(lot.code()))) {
            return List.of(new ChangeProblem("duplicate-lot", "lot code '" + lot.code()
                    + "' appears more than once for zone '" + lot.zoneCode() + "'", "/properties/code", null));
        }
        LotPlacement placement = new LotPlacement(new NamedArea(lot.zoneCode(), zone.get().zone().name(),
                zone.get().zone().boundary()), AreasNear.of(placed.stream()
                        .map(other -> new NamedArea(other.code(), null, other.boundary())).toList()));
        return placement.problems(lot.boundary()).stream().map(ChangeProblem::of).toList();
    }

    private List<Lot> placed(String zoneCode) {
        return placedByZone.computeIfAbsent(zoneCode, code -> lots.findByZone(code).stream()
                .filter(stored -> !replacing.contains(stored.id())).collect(Collectors.toCollection(ArrayList::new)));
    }
}
