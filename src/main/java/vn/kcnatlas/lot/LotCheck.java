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
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.GeometryValidator;
import vn.kcnatlas.geo.check.LotPlacement;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.geo.check.Placement;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * Checks lots before any write, an import's or an edit's: their attributes, and their boundary
 * ({@link #validateBoundary}): valid, inside their zone, overlapping no other lot of it, whether stored
 * or checked earlier in the same batch. One check serves a batch.
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
        if (!parsed.ignoredProperties().isEmpty()) {
            warnings.add("ignored unknown properties " + parsed.ignoredProperties());
        }
        Lot lot = parsed.value();
        Optional<ZoneView> zone = lot == null ? Optional.empty()
                : zonesByCode.computeIfAbsent(lot.zoneCode(), zones::findByCode);
        if (lot != null && zone.isEmpty()) {
            errors.add(new ChangeProblem("unknown-zone", "zone '" + lot.zoneCode() + "' does not exist",
                    "/properties/zone", null));
        } else if (lot != null && placed(lot.zoneCode()).stream().anyMatch(other -> other.code().equals(lot.code()))) {
            errors.add(new ChangeProblem("duplicate-lot", "lot code '" + lot.code() + "' appears more than once for"
                    + " zone '" + lot.zoneCode() + "'", "/properties/code", null));
        }
        if (geometry != null) {
            GeometryValidation boundary = validateBoundary(geometry, lot, zone);
            boundary.problems().forEach(p -> errors.add(ChangeProblem.of(p)));
            boundary.warnings().forEach(w -> warnings.add(w.message()));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, warnings);
        }
        placed(lot.zoneCode()).add(lot);
        return new Outcome(new ValidLot(lot), errors, warnings);
    }

    /**
     * The one place a lot's boundary is judged, by the rules every write shares
     * ({@link GeometryValidator}): the geometry on its own, then where it lies in its zone.
     */
    private GeometryValidation validateBoundary(Geometry geometry, Lot lot, Optional<ZoneView> zone) {
        Placement placement = zone.map(z -> (Placement) new LotPlacement(
                new NamedArea(z.zone().code(), z.zone().name(), z.zone().boundary()),
                AreasNear.of(placed(z.zone().code()).stream().filter(other -> !other.code().equals(lot.code()))
                        .map(other -> new NamedArea(other.code(), null, other.boundary())).toList())))
                .orElse(Placement.anywhere(BoundaryKind.LOT));
        return GeometryValidator.validate(geometry, placement, GeometryValidator.Options.STRICT);
    }

    private List<Lot> placed(String zoneCode) {
        return placedByZone.computeIfAbsent(zoneCode, code -> lots.findByZone(code).stream()
                .filter(stored -> !replacing.contains(stored.id())).collect(Collectors.toCollection(ArrayList::new)));
    }
}
