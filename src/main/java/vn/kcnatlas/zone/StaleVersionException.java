package vn.kcnatlas.zone;

/** A write based on a version of a zone that someone else has changed since. */
public class StaleVersionException extends RuntimeException {

    private final String code;
    private final int expectedVersion;

    public StaleVersionException(String code, int expectedVersion) {
        super("Zone " + code + " is no longer at version " + expectedVersion
                + ": someone changed it since; reload it and apply your change again");
        this.code = code;
        this.expectedVersion = expectedVersion;
    }

    public String code() {
        return code;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
