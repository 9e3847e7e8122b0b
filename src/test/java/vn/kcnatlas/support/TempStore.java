package vn.kcnatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh directory for an embedded store, so each test application starts from an empty database. */
public final class TempStore {

    private TempStore() {
    }

    public static Path newDirectory() {
        try {
            Path dir = Files.createTempDirectory("kcn-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the embedded H2GIS store in a directory. */
    public static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("kcnatlas").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }
}
