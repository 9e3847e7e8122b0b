package vn.kcnatlas.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.PolygonCheck;
import vn.kcnatlas.geo.PropertyReader;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.unit2025.Commune;
import vn.kcnatlas.unit2025.CurrentUnitRepository;
import vn.kcnatlas.unit2025.CurrentUnitWrites;
import vn.kcnatlas.zone.ZoneUnitPlacement;

/**
 * Imports today's units (since 1 July 2025): the communes, wards and special zones with their boundaries,
 * and with them their provinces. The file is the whole set: it replaces the units imported before, and
 * every zone is placed in the new ones, except where a planner chose a commune the new set keeps.
 * Properties as the national list writes them (thanglequoc/vietnamese-provinces-database): {@code code},
 * {@code name}, {@code full_name}, {@code province_code}, {@code province}; {@code source} and
 * {@code licence} when the file gives them.
 */
@Component
class CommuneImport implements FeatureImport<CommuneImport.Unit> {

    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

    private final CurrentUnitRepository units;
    private final CurrentUnitWrites writes;
    private final ZoneUnitPlacement placement;

    CommuneImport(CurrentUnitRepository units, CurrentUnitWrites writes, ZoneUnitPlacement placement) {
        this.units = units;
        this.writes = writes;
        this.placement = placement;
    }

    /** A commune ready to store, and the name of its province as the file writes it. */
    record Unit(Commune commune, String provinceName) {
    }

    @Override
    public String kind() {
        return "communes";
    }

    @Override
    public Checked<Unit> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        List<Unit> accepted = new ArrayList<>();
        List<FeatureProblem> errors = new ArrayList<>();
        Map<String, SourceFeature> byCode = new HashMap<>();
        Map<String, String> provinceNames = new HashMap<>();
        int done = 0;
        for (SourceFeature feature : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            List<String> problems = new ArrayList<>();
            Unit unit = read(feature, file.name(), problems);
            if (unit != null) {
                Commune commune = unit.commune();
                SourceFeature earlier = byCode.putIfAbsent(commune.code(), feature);
                if (earlier != null) {
                    problems.add("code '" + commune.code() + "' is also feature " + earlier.index() + "'s");
                }
                String named = provinceNames.putIfAbsent(commune.provinceCode(), unit.provinceName());
                if (named != null && !named.equals(unit.provinceName())) {
                    problems.add("province_code " + commune.provinceCode() + " is named '" + unit.provinceName()
                            + "' here but '" + named + "' before");
                }
            }
            if (problems.isEmpty()) {
                accepted.add(unit);
            } else {
                problems.forEach(p -> errors.add(FeatureProblem.of(feature, p)));
            }
        }
        List<FeatureProblem> warnings = new ArrayList<>();
        units.communes().stream().filter(c -> !byCode.containsKey(c.code()))
                .forEach(c -> warnings.add(FeatureProblem.ofFile(c.fullName() + " (" + c.code() + ") is not in "
                        + file.name() + ": the import takes it out, and places its zones anew")));
        placement.chosenCommunes().forEach((zone, commune) -> {
            if (!byCode.containsKey(commune)) {
                warnings.add(FeatureProblem.ofFile("a planner chose commune " + commune + " for " + zone + ", which "
                        + file.name() + " does not hold: the zone's boundary decides its commune again"));
            }
        });
        return new Checked<>(accepted, errors, warnings);
    }

    /** The feature as a unit, or null with the problems said. */
    private static Unit read(SourceFeature feature, String fileName, List<String> problems) {
        if (feature.problem() != null) {
            problems.add(feature.problem());
            return null;
        }
        PropertyReader in = new PropertyReader(feature.properties());
        String code = in.requiredText("code");
        String name = in.requiredText("name");
        String fullName = in.requiredText("full_name");
        String provinceCode = in.requiredText("province_code");
        String provinceName = in.requiredText("province");
        String source = in.text("source");
        String licence = in.text("licence");
        problems.addAll(in.problems());
        if (code != null && !COMMUNE_CODE.matcher(code).matches()) {
            problems.add("code '" + code + "' is not a five-digit commune code");
        }
        if (provinceCode != null && !PROVINCE_CODE.matcher(provinceCode).matches()) {
            problems.add("province_code '" + provinceCode + "' is not a two-digit province code");
        }
        if (feature.geometry() == null) {
            problems.add("has no geometry");
        } else {
            problems.addAll(PolygonCheck.problems(feature.geometry(), BoundaryKind.ADMIN_UNIT));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        String from = source == null ? fileName : source;
        return new Unit(new Commune(code, provinceCode, name, fullName, Wgs84.toMultiPolygon(feature.geometry()),
                licence == null ? from : from + " (" + licence + ")"), provinceName);
    }

    @Override
    public Imported write(List<Unit> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        List<Commune> communes = accepted.stream().map(Unit::commune).toList();
        Map<String, String> provinces = new LinkedHashMap<>();
        accepted.forEach(u -> provinces.putIfAbsent(u.commune().provinceCode(), u.provinceName()));
        placement.releaseAllBut(communes.stream().map(Commune::code).collect(Collectors.toSet()));
        Imported written = writes.replace(communes, provinces,
                done -> progress.advanced("writing", done, accepted.size()));
        placement.placeAll();
        return written;
    }
}
