package vn.kcnatlas.change;

/** A change to a zone, lot or version that does not exist. */
public class UnknownRecordException extends RuntimeException {

    private final String what;
    private final String id;

    /**
     * @param what "Zone", "Lot", "Version"
     */
    public UnknownRecordException(String what, String id) {
        super("There is no " + what.toLowerCase(java.util.Locale.ROOT) + " '" + id + "'");
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
