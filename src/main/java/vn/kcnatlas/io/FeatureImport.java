package vn.kcnatlas.io;

import java.util.List;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.MapDataChanged;

/**
 * One kind of import, the extension point of the import pipeline: it checks every feature of a file
 * and then, only if none failed, writes them. {@link ImportService} runs the two steps, all or nothing,
 * in one transaction.
 *
 * @param <T> what a checked feature becomes
 */
interface FeatureImport<T> {

    /** districts, zones or lots. */
    String kind();

    /** Checks every feature without writing; problems name the feature. */
    Checked<T> check(FeatureFile file, ImportOptions options, ImportProgress progress);

    /**
     * Writes what {@link #check} accepted, through the feature's write unit. Runs inside the import's
     * transaction.
     *
     * @param edit who imports, when, and from which file, for the history
     */
    Written write(List<T> accepted, ImportOptions options, Edit edit, ImportProgress progress);

    /** What a check found: the features ready to write, and the problems. */
    record Checked<T>(List<T> accepted, List<FeatureProblem> errors, List<FeatureProblem> warnings) {
    }

    /**
     * What a write did.
     *
     * @param changes what the import must announce itself once it is committed: the write units of
     *     zones and lots announce their own changes, district boundaries have no write unit yet
     */
    record Written(int created, int updated, int unchanged, List<MapDataChanged> changes) {
    }
}
