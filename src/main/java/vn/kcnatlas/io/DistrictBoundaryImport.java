package vn.kcnatlas.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.DistrictBoundaryWrites;
import vn.kcnatlas.district.DistrictMatch;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.district.UnitAdditions;
import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.PolygonCheck;
import vn.kcnatlas.geo.Wgs84;

/**
 * Attaches district boundaries from an administrative-boundary file (geoBoundaries, HDX COD-AB, GADM or
 * our own) to the registry's districts, matching them by name and province across the ways sources
 * write them. A province's boundary becomes the union of its districts' once all of them have one. With
 * {@link ImportOptions#addUnits()} the districts the registry lacks are added ({@link UnitAdditions}).
 */
@Component
class DistrictBoundaryImport implements FeatureImport<DistrictBoundaryImport.Match> {

    /** Where the common boundary datasets keep the district name, province and unit type. */
    private static final List<String> NAME_FIELDS = List.of("district", "name", "ten", "ten_huyen", "shapeName",
            "ADM2_VI", "ADM2_EN", "NAME_2", "VARNAME_2");
    private static final List<String> PROVINCE_FIELDS = List.of("province", "tinh", "ten_tinh", "ADM1_VI", "ADM1_EN",
            "NAME_1");
    private static final List<String> UNIT_FIELDS = List.of("unit_type", "loai", "TYPE_2");
    private static final List<String> SOURCE_FIELDS = List.of("source", "shapeGroup");

    private final AdminUnits adminUnits;
    private final DistrictBoundaryWrites writes;

    DistrictBoundaryImport(AdminUnits adminUnits, DistrictBoundaryWrites writes) {
        this.adminUnits = adminUnits;
        this.writes = writes;
    }

    /** A boundary matched to the district it belongs to; {@code addition} when that district is to be added. */
    record Match(District district, MultiPolygon boundary, String source, UnitAdditions.Addition addition) {
    }

    @Override
    public String kind() {
        return "districts";
    }

    @Override
    public Checked<Match> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        AdminUnitDirectory places = adminUnits.directory();
        UnitAdditions additions = options.addUnits() ? new UnitAdditions(places) : null;
        List<Match> accepted = new ArrayList<>();
        List<FeatureProblem> errors = new ArrayList<>();
        List<FeatureProblem> warnings = new ArrayList<>();
        Map<String, SourceFeature> matchedBy = new HashMap<>();
        int done = 0;
        for (SourceFeature feature : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            List<FeatureProblem> target = errors;
            String problem = feature.problem();
            Match match = null;
            if (problem == null) {
                MatchOutcome outcome = match(feature, places, additions, file.name());
                problem = outcome.problem();
                match = outcome.match();
                if (outcome.skippable() && (options.skipUnmatched() || outcome.outsideRegistry())) {
                    target = warnings;
                }
            }
            if (match != null) {
                SourceFeature earlier = matchedBy.putIfAbsent(match.district().code(), feature);
                if (earlier != null) {
                    problem = "matches " + match.district().displayName() + ", as feature " + earlier.index()
                            + " already does";
                } else if (!match.boundary().contains(match.district().labelPoint())) {
                    warnings.add(FeatureProblem.of(feature, "the registry's label point of "
                            + match.district().displayName() + " lies outside this boundary"));
                }
            }
            if (problem != null) {
                target.add(FeatureProblem.of(feature, problem));
            } else {
                accepted.add(match);
            }
        }
        places.districts().stream().filter(d -> !matchedBy.containsKey(d.code())).forEach(d -> warnings.add(
                FeatureProblem.ofFile("no boundary in " + file.name() + " for " + d.displayName())));
        return new Checked<>(accepted, errors, warnings);
    }

    private record MatchOutcome(Match match, String problem, boolean skippable, boolean outsideRegistry) {
    }

    /** @param additions where to plan the districts the registry lacks, or null to skip them */
    private static MatchOutcome match(SourceFeature feature, AdminUnitDirectory places, UnitAdditions additions,
            String fileName) {
        String name = firstText(feature.properties(), NAME_FIELDS);
        if (name == null) {
            return new MatchOutcome(null, "has no district name in any of " + NAME_FIELDS, false, false);
        }
        if (feature.geometry() == null) {
            return new MatchOutcome(null, "has no geometry", false, false);
        }
        List<String> geometryProblems = PolygonCheck.problems(feature.geometry(), BoundaryKind.ADMIN_UNIT);
        if (!geometryProblems.isEmpty()) {
            return new MatchOutcome(null, String.join("; ", geometryProblems), false, false);
        }
        String provinceName = firstText(feature.properties(), PROVINCE_FIELDS);
        String unitType = firstText(feature.properties(), UNIT_FIELDS);
        String source = Optional.ofNullable(firstText(feature.properties(), SOURCE_FIELDS)).orElse(fileName);
        String provinceCode = null;
        if (provinceName != null) {
            Optional<Province> province = places.province(provinceName);
            if (province.isEmpty() && additions != null) {
                return added(additions.add(provinceName, name, unitType, feature.geometry()), feature, source);
            }
            if (province.isEmpty()) {
                return new MatchOutcome(null, "skipped: province '" + provinceName + "' is not in the registry", true,
                        true);
            }
            provinceCode = province.get().code();
        }
        DistrictMatch district = places.district(provinceCode, name, unitType, feature.geometry());
        if (!district.found() && additions != null) {
            return added(additions.add(provinceName, name, unitType, feature.geometry()), feature, source);
        }
        if (!district.found()) {
            return new MatchOutcome(null, district.problem(), true, false);
        }
        return new MatchOutcome(new Match(district.district(), Wgs84.toMultiPolygon(feature.geometry()), source,
                null), null, false, false);
    }

    /** A district the registry lacks: added when the file says enough, else refused saying why. */
    private static MatchOutcome added(UnitAdditions.Outcome planned, SourceFeature feature, String source) {
        if (planned.addition() == null) {
            return new MatchOutcome(null, planned.problem(), false, false);
        }
        return new MatchOutcome(new Match(planned.addition().district(), Wgs84.toMultiPolygon(feature.geometry()),
                source, planned.addition()), null, false, false);
    }

    private static String firstText(JsonNode properties, List<String> fields) {
        if (properties == null) {
            return null;
        }
        for (String field : fields) {
            JsonNode value = properties.get(field);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return null;
    }

    @Override
    public Imported write(List<Match> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        return writes.attach(accepted.stream().map(Match::addition).filter(Objects::nonNull).toList(),
                accepted.stream().map(m -> new DistrictBoundaryWrites.Boundary(m.district().code(), m.boundary(),
                        m.source())).toList(), done -> progress.advanced("writing", done, accepted.size()));
    }
}
