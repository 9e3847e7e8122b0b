package vn.kcnatlas.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.DistrictMatch;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.check.ZonePlacement;

/**
 * Checks zones before any write, an import's or an edit's: their attributes ({@link ZoneRules}), their
 * boundary ({@link ZoneRules#boundaryProblems}) and their place, names resolved to the registry's
 * provinces and districts. One check serves a whole batch: it holds the registry's places as they were
 * when {@link ZoneWrites#check()} made it.
 */
public final class ZoneCheck {

    /**
     * What the check found.
     *
     * @param zone the zone ready to write, or null when {@code errors} is not empty
     * @param warnings what is odd but not wrong, such as properties that were ignored
     */
    public record Outcome(ValidZone zone, List<ChangeProblem> errors, List<String> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final AdminUnitDirectory places;
    private final Map<String, Geometry> districtBoundaries;

    ZoneCheck(AdminUnitDirectory places, Map<String, Geometry> districtBoundaries) {
        this.places = places;
        this.districtBoundaries = districtBoundaries;
    }

    /**
     * Checks a zone given as a GeoJSON feature's id, properties and geometry (null for none).
     */
    public Outcome check(String featureId, JsonNode properties, Geometry geometry) {
        Parsed<ZoneDraft> parsed = ZoneGeoJson.read(featureId, properties, geometry);
        List<ChangeProblem> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        parsed.problems().forEach(p -> errors.add(ChangeProblem.ofProperties(p, ZoneGeoJson.KNOWN)));
        if (geometry != null) {
            ZoneRules.boundaryProblems(geometry).forEach(p -> errors.add(ChangeProblem.of(p)));
        }
        if (!parsed.ignoredProperties().isEmpty()) {
            warnings.add("ignored unknown properties " + parsed.ignoredProperties());
        }
        if (parsed.value() == null || !errors.isEmpty()) {
            return new Outcome(null, errors, warnings);
        }
        ZoneDraft draft = parsed.value();
        Optional<Province> province = places.province(draft.province());
        if (province.isEmpty()) {
            errors.add(new ChangeProblem("unknown-province", "unknown province '" + draft.province()
                    + "'; the registry holds " + places.provinceNames(), "/properties/province", null));
            return new Outcome(null, errors, warnings);
        }
        DistrictMatch district = places.district(province.get().code(), draft.district(), null, null);
        if (!district.found()) {
            errors.add(new ChangeProblem("unknown-district", district.problem(), "/properties/district", null));
            return new Outcome(null, errors, warnings);
        }
        Zone zone = draft.toZone(province.get().code(), district.district().code());
        outsideDistrict(zone, district.district()).ifPresent(warnings::add);
        return new Outcome(new ValidZone(zone), errors, warnings);
    }

    private Optional<String> outsideDistrict(Zone zone, District district) {
        Geometry districtBoundary = districtBoundaries.get(district.code());
        if (zone.boundary() == null || districtBoundary == null) {
            return Optional.empty();
        }
        return ZonePlacement.IN_PROVINCE.outside(zone.boundary(), districtBoundary)
                .map(outside -> "boundary reaches outside " + district.displayName() + ": " + outside.describe());
    }
}
