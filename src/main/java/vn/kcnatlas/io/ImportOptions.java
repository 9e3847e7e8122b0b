package vn.kcnatlas.io;

/**
 * How to run an import.
 *
 * @param dryRun check and report, write nothing
 * @param skipUnmatched for district boundaries: report features naming no known district as warnings
 *     rather than refusing the file (useful with a national file)
 * @param layer the GeoPackage layer to read, or null
 * @param actor who the audit history names as the author of the change
 * @param seed whether this is the seed data being loaded (the history records it as such)
 * @param addUnits for district boundaries: add the districts, and their provinces, that the file names and
 *     the registry lacks, rather than skipping them
 */
public record ImportOptions(boolean dryRun, boolean skipUnmatched, String layer, String actor, boolean seed,
        boolean addUnits) {

    public ImportOptions(boolean dryRun, boolean skipUnmatched, String layer, String actor, boolean seed) {
        this(dryRun, skipUnmatched, layer, actor, seed, false);
    }

    public static ImportOptions seeding() {
        return new ImportOptions(false, false, null, "seed", true);
    }
}
