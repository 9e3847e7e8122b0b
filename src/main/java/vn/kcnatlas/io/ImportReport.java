package vn.kcnatlas.io;

import java.util.List;

/**
 * What an import did or, refused or dry, would have done.
 *
 * @param kind districts, communes, zones or lots
 * @param applied whether the store was changed: false for a dry run or a refused file
 * @param read how many features the file held
 * @param errors problems that made the import refuse the whole file
 * @param warnings problems that did not stop it
 */
public record ImportReport(String kind, String file, boolean dryRun, boolean applied, int read, int created,
        int updated, int unchanged, List<FeatureProblem> errors, List<FeatureProblem> warnings) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    static ImportReport refused(String kind, String file, boolean dryRun, int read, List<FeatureProblem> errors,
            List<FeatureProblem> warnings) {
        return new ImportReport(kind, file, dryRun, false, read, 0, 0, 0, errors, warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
