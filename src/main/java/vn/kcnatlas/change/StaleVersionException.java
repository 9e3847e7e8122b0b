package vn.kcnatlas.change;

/** A write based on a version that someone else has changed since; nothing was written. */
public class StaleVersionException extends RuntimeException {

    private final int expectedVersion;

    /**
     * @param what the record, for the message: "Zone kcn-tan-kieu", "Lot kcn-tan-kieu/A1"
     */
    public StaleVersionException(String what, int expectedVersion) {
        super(what + " is no longer at version " + expectedVersion
                + ": someone changed it since; reload it and apply your change again");
        this.expectedVersion = expectedVersion;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
