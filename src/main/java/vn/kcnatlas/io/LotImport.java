package vn.kcnatlas.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.kcnatlas.change.BoundaryRepair;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;
import vn.kcnatlas.lot.LotAction;
import vn.kcnatlas.lot.LotCheck;
import vn.kcnatlas.lot.LotGeoJson;
import vn.kcnatlas.lot.LotWrites;
import vn.kcnatlas.lot.ValidLot;

/**
 * Imports lots from GeoJSON through the lots' write unit, which checks each lot as every lot write is
 * checked: inside its zone, overlapping no other lot of the zone, whether in the file or stored and not
 * replaced by the file.
 */
@Component
class LotImport implements FeatureImport<ValidLot> {

    private final LotWrites writes;

    LotImport(LotWrites writes) {
        this.writes = writes;
    }

    @Override
    public String kind() {
        return "lots";
    }

    @Override
    public Checked<ValidLot> check(FeatureFile file, ImportOptions options, ImportProgress progress) {
        List<FeatureProblem> errors = new ArrayList<>();
        List<FeatureProblem> warnings = new ArrayList<>();
        List<ValidLot> accepted = new ArrayList<>();
        LotCheck check = writes.check(file.features().stream()
                .map(f -> LotGeoJson.idOf(f.id(), f.properties())).filter(Objects::nonNull).toList());
        int done = 0;
        for (SourceFeature feature : file.features()) {
            progress.advanced("checking", ++done, file.features().size());
            if (feature.problem() != null) {
                errors.add(FeatureProblem.of(feature, feature.problem()));
                continue;
            }
            LotCheck.Outcome checked = check.check(feature.id(), feature.properties(), feature.geometry(),
                    BoundaryRepair.NONE);
            checked.errors().forEach(p -> errors.add(FeatureProblem.of(feature, p.message())));
            checked.warnings().forEach(w -> warnings.add(FeatureProblem.of(feature, w)));
            if (checked.ok()) {
                accepted.add(checked.lot());
            }
        }
        return new Checked<>(accepted, errors, warnings);
    }

    @Override
    public Imported write(List<ValidLot> accepted, ImportOptions options, Edit edit, ImportProgress progress) {
        return writes.importAll(accepted, options.seed() ? LotAction.SEED : LotAction.IMPORT, edit,
                done -> progress.advanced("writing", done, accepted.size()));
    }
}
