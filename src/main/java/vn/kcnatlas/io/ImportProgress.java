package vn.kcnatlas.io;

/** Told how far a long import has come. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is under way: "checking" or "writing"
     */
    void advanced(String phase, int done, int total);
}
