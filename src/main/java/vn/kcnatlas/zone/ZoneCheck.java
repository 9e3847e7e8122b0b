package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.BoundaryRepair;
import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.DistrictMatch;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.check.AreasNear;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.GeometryValidator;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.geo.check.Placement;
import vn.kcnatlas.geo.check.ZonePlacement;

/**
 * Checks zones before any write, an import's or an edit's: their attributes ({@link ZoneRules}), their
 * place (names resolved to the registry's provinces and districts) and their boundary
 * ({@link #validateBoundary}): valid, inside its province, overlapping no other zone in the plan, stored
 * or checked earlier in the same batch. One check serves a batch: it holds the registry's places as they
 * were when {@link ZoneWrites#check} made it.
 */
public final class ZoneCheck {

    /**
     * What the check found.
     *
     * @param zone the zone ready to write, or null when {@code errors} is not empty
     * @param warnings what is odd but not wrong: ignored properties, a boundary reaching outside its
     *     district, a measured area far from the declared one
     * @param boundary what judging the boundary found (its area, what a repair changed), or null for a
     *     zone without one
     */
    public record Outcome(ValidZone zone, List<ChangeProblem> errors, List<String> warnings,
            GeometryValidation boundary) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final AdminUnitDirectory places;
    private final Function<String, Optional<Geometry>> districtBoundary;
    private final AreasNear storedZones;
    private final Predicate<String> knownContact;
    private final List<NamedArea> checkedZones = new ArrayList<>();

    /**
     * @param districtBoundary a district's boundary by its code, when it has one
     * @param storedZones the stored zones in the plan a boundary must not overlap: all but those the
     *     batch writes
     * @param knownContact whether a contact id is in the contact list ({@code /api/contacts})
     */
    ZoneCheck(AdminUnitDirectory places, Function<String, Optional<Geometry>> districtBoundary,
            AreasNear storedZones, Predicate<String> knownContact) {
        this.places = places;
        this.districtBoundary = districtBoundary;
        this.storedZones = storedZones;
        this.knownContact = knownContact;
    }

    /**
     * Checks a zone given as a GeoJSON feature's id, properties and geometry (null for none).
     *
     * @param repair whether to mend the boundary's faults rather than refuse them
     */
    public Outcome check(String featureId, JsonNode properties, Geometry geometry, BoundaryRepair repair) {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(featureId, properties, geometry);
        List<ChangeProblem> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        parsed.problems().forEach(p -> errors.add(ChangeProblem.ofProperties(p, ZoneGeoJson.KNOWN)));
        if (!parsed.ignoredProperties().isEmpty()) {
            warnings.add("ignored unknown properties " + parsed.ignoredProperties());
        }
        ZoneDraft draft = parsed.value();
        Optional<Province> province = draft == null ? Optional.empty() : places.province(draft.province());
        if (draft != null && province.isEmpty()) {
            errors.add(new ChangeProblem("unknown-province", "unknown province '" + draft.province()
                    + "'; the registry holds " + places.provinceNames(), "/properties/province", null));
        }
        DistrictMatch district = province.map(p -> places.district(p.code(), draft.district(), null, null))
                .orElse(null);
        if (district != null && !district.found()) {
            errors.add(new ChangeProblem("unknown-district", district.problem(), "/properties/district", null));
        }
        String contactId = draft == null ? null : draft.investment().contactId();
        if (contactId != null && !knownContact.test(contactId)) {
            errors.add(new ChangeProblem("unknown-contact", Readers.CONTACT_ID + " '" + contactId
                    + "' is not in the contact list (see /api/contacts)", "/properties/" + Readers.CONTACT_ID, null));
        }
        boolean placed = district != null && district.found();
        GeometryValidation boundary = geometry == null ? null : validateBoundary(geometry, draft,
                placed ? province : Optional.empty(), repair);
        if (boundary != null) {
            boundary.problems().forEach(p -> errors.add(ChangeProblem.of(p)));
            boundary.warnings().forEach(w -> warnings.add(w.message()));
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, warnings, boundary);
        }
        Zone zone = draft.toZone(province.get().code(), district.district().code());
        if (boundary != null) {
            zone = zone.withBoundary(boundary.accepted());
        }
        outsideDistrict(zone, district.district()).ifPresent(warnings::add);
        if (zone.boundary() != null) {
            checkedZones.add(new NamedArea(zone.code(), zone.name(), zone.boundary()));
        }
        return new Outcome(new ValidZone(zone), errors, warnings, boundary);
    }

    /**
     * The one place a zone's boundary is judged, by the rules every write shares
     * ({@link GeometryValidator}): the geometry on its own, then where it lies; a zone whose place is
     * unknown is judged on its own. Asked to, it mends what GeometryFixer can mend, and says what.
     */
    private GeometryValidation validateBoundary(Geometry geometry, ZoneDraft draft, Optional<Province> province,
            BoundaryRepair repair) {
        if (province.isEmpty()) {
            return repair.reported(GeometryValidator.validate(geometry, Placement.anywhere(BoundaryKind.ZONE),
                    new GeometryValidator.Options(repair.requested(), null)));
        }
        NamedArea inProvince = new NamedArea(province.get().code(), province.get().name(), province.get().boundary());
        String code = draft.code();
        AreasNear others = box -> Stream.concat(storedZones.near(box).stream(),
                AreasNear.of(checkedZones).near(box).stream()).filter(z -> !z.code().equals(code)).toList();
        Double declaredHa = draft.land().areaHa();
        return repair.reported(GeometryValidator.validate(geometry, new ZonePlacement(inProvince, others),
                new GeometryValidator.Options(repair.requested(), declaredHa)));
    }

    private Optional<String> outsideDistrict(Zone zone, District district) {
        if (zone.boundary() == null) {
            return Optional.empty();
        }
        return districtBoundary.apply(district.code())
                .flatMap(boundary -> ZonePlacement.IN_PROVINCE.outside(zone.boundary(), boundary))
                .map(outside -> "boundary reaches outside " + district.displayName() + ": " + outside.describe());
    }
}
