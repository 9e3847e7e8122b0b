package vn.kcnatlas.io;

/** An import file that cannot be read at all: not JSON, not a FeatureCollection, an unknown CRS. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
