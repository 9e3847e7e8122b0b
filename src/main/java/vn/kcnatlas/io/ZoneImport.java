package vn.kcnatlas.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.kcnatlas.change.BoundaryRepair;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.report.SourceDocument;
import vn.kcnatlas.report.SourceRepository;
import vn.kcnatlas.zone.HistoryAction;
import vn.kcnatlas.zone.ValidZone;
import vn.kcnatlas.zone.ZoneCheck;
import vn.kcnatlas.zone.ZoneGeoJson;
import vn.kcnatlas.zone.ZoneWrites;

/**
 * Imports zones from GeoJSON through the zones' write unit: new codes are created, known codes updated,
 * each change kept in history. What the file itself must keep — each code once, sources that exist —
 * is checked here; what every zone must keep, by {@link ZoneWrites}.
 */
@Component
class ZoneImport implements FeatureImport<ValidZone> {

    private final ZoneWrites writes;
    private final SourceRepository sources;

    ZoneImport(ZoneWrites writes, SourceRepository sources) {
        this.writes = writes;
        this.sources = sources;
    }

    @Override
    public String kind() {
        return "zones";
    }

    @Override
    public Checked<ValidZone> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        ZoneCheck check = writes.check(file.features().stream().map(f -> ZoneGeoJson.codeOf(f.id(), f.properties()))
                .filter(Objects::nonNull).toList());
        Set<String> knownSources = sources.all().stream().map(SourceDocument::id).collect(Collectors.toSet());
        List<ValidZone> accepted = new ArrayList<>();
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
            ZoneCheck.Outcome checked = check.check(feature.id(), feature.properties(), feature.geometry(),
                    BoundaryRepair.NONE);
            checked.errors().forEach(p -> errors.add(FeatureProblem.of(feature, p.message())));
            checked.warnings().forEach(w -> warnings.add(FeatureProblem.of(feature, w)));
            if (!checked.ok()) {
                continue;
            }
            ValidZone zone = checked.zone();
            if (!seen.add(zone.zone().code())) {
                errors.add(FeatureProblem.of(feature, "code '" + zone.zone().code()
                        + "' appears more than once in the file"));
                continue;
            }
            zone.zone().provenance().sourceIds().stream().filter(id -> !knownSources.contains(id))
                    .forEach(id -> warnings.add(FeatureProblem.of(feature,
                            "sourceIds names '" + id + "', which is not a known source")));
            accepted.add(zone);
        }
        return new Checked<>(accepted, errors, warnings);
    }

    @Override
    public Imported write(List<ValidZone> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        return writes.importAll(accepted,
                options.seed() ? HistoryAction.SEED : HistoryAction.IMPORT, edit,
                done -> progress.advanced("writing", done, accepted.size()));
    }
}
