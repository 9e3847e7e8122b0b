package vn.kcnatlas.io;

import java.util.List;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.Imported;

/**
 * One kind of import, the extension point of the import pipeline: it checks every feature of a file
 * and then, only if none failed, writes them. {@link ImportService} runs the two steps, all or nothing,
 * in one transaction.
 *
 * @param <T> what a checked feature becomes
 */
interface FeatureImport<T> {

    /** districts, communes, zones, lots, sources or reports. */
    String kind();

    /** For a kind read from a plain CSV table rather than features: the table's columns, in order; else empty. */
    default List<String> tableColumns() {
        return List.of();
    }

    /** Checks every feature without writing; problems name the feature. */
    Checked<T> check(FeatureFile file, ImportOptions options, ImportProgress progress);

    /**
     * Writes what {@link #check} accepted, through the feature's write unit. Runs inside the import's
     * transaction.
     *
     * @param edit who imports, when, and from which file, for the history
     */
    Imported write(List<T> accepted, ImportOptions options, Edit edit, ImportProgress progress);

    /** What a check found: the features ready to write, and the problems. */
    record Checked<T>(List<T> accepted, List<FeatureProblem> errors, List<FeatureProblem> warnings) {
    }
}
