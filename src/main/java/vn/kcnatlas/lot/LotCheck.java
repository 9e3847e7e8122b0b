package vn.kcnatlas.lot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.quadtree.Quadtree;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.BoundaryRepair;
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
     * @param boundary what judging the boundary found (its area, what a repair changed), or null without one
     */
    public record Outcome(ValidLot lot, List<ChangeProblem> errors, List<String> warnings,
            GeometryValidation boundary) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final ZoneRepository zones;
    private final LotRepository lots;
    private final Set<String> replacing;
    private final Map<String, Optional<ZoneView>> zonesByCode = new HashMap<>();
    private final Map<String, PlacedLots> placedByZone = new HashMap<>();

    /**
     * @param replacing the ids ({@code zone/code}) of the lots the batch writes: their stored shapes are
     *     not in the way of their new ones
     */
    LotCheck(ZoneRepository zones, LotRepository lots, Collection<String> replacing) {
        this.zones = zones;
        this.lots = lots;
        this.replacing = Set.copyOf(replacing);
    }

    /**
     * Checks a lot given as a GeoJSON feature's id ({@code zone/code}), properties and geometry.
     *
     * @param repair whether to mend the boundary's faults rather than refuse them
     */
    public Outcome check(String featureId, JsonNode properties, Geometry geometry, BoundaryRepair repair) {
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
        } else if (lot != null && placed(lot.zoneCode()).has(lot.code())) {
            errors.add(new ChangeProblem("duplicate-lot", "lot code '" + lot.code() + "' appears more than once for"
                    + " zone '" + lot.zoneCode() + "'", "/properties/code", null));
        }
        GeometryValidation boundary = geometry == null ? null : validateBoundary(geometry, lot, zone, repair);
        if (boundary != null) {
            boundary.problems().forEach(p -> errors.add(ChangeProblem.of(p)));
            boundary.warnings().forEach(w -> warnings.add(w.message()));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, warnings, boundary);
        }
        // A mended boundary may have another area, which the lot takes unless it declares its own.
        Lot checked = boundary.repair() == null ? lot
                : LotGeoJson.read(featureId, properties, boundary.accepted()).value();
        placed(checked.zoneCode()).add(checked);
        return new Outcome(new ValidLot(checked), errors, warnings, boundary);
    }

    /**
     * The one place a lot's boundary is judged, by the rules every write shares
     * ({@link GeometryValidator}): the geometry on its own, then where it lies in its zone. Asked to, it
     * mends what GeometryFixer can mend, and says what.
     */
    private GeometryValidation validateBoundary(Geometry geometry, Lot lot, Optional<ZoneView> zone,
            BoundaryRepair repair) {
        Placement placement = zone.map(z -> (Placement) new LotPlacement(
                new NamedArea(z.zone().code(), z.zone().name(), z.zone().boundary()),
                placed(z.zone().code()).besides(lot.code())))
                .orElse(Placement.anywhere(BoundaryKind.LOT));
        return repair.reported(GeometryValidator.validate(geometry, placement,
                new GeometryValidator.Options(repair.requested(), null)));
    }

    private PlacedLots placed(String zoneCode) {
        return placedByZone.computeIfAbsent(zoneCode, code -> {
            PlacedLots placed = new PlacedLots();
            lots.findByZone(code).stream().filter(stored -> !replacing.contains(stored.id())).forEach(placed::add);
            return placed;
        });
    }

    /**
     * The lots of one zone a new lot must not overlap: those stored and not replaced, and those checked
     * earlier in the batch. Indexed by their boxes, so that a zone's thousands of lots are checked each
     * against its few neighbours rather than against all.
     */
    private static final class PlacedLots {

        private final Set<String> codes = new HashSet<>();
        private final Quadtree index = new Quadtree();

        void add(Lot lot) {
            codes.add(lot.code());
            if (lot.boundary() != null) {
                index.insert(lot.boundary().getEnvelopeInternal(), new NamedArea(lot.code(), null, lot.boundary()));
            }
        }

        boolean has(String code) {
            return codes.contains(code);
        }

        /** The placed lots but the one with this code, which a lot does not overlap with itself. */
        AreasNear besides(String code) {
            return box -> {
                List<NamedArea> near = new ArrayList<>();
                for (Object item : index.query(box)) {
                    NamedArea area = (NamedArea) item;
                    if (!area.code().equals(code) && area.boundary().getEnvelopeInternal().intersects(box)) {
                        near.add(area);
                    }
                }
                return near;
            };
        }
    }
}
