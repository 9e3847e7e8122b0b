package vn.kcnatlas.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared geodata, outside the project: the facts the seed was authored from and the official
 * district boundaries. The tests that check the project against it find it at the system property
 * {@code kcn.shared} or the environment variable {@code KCN_SHARED_DIR}, else as a {@code shared}
 * directory beside the clone or beside any directory above it ({@code ../shared} in the team's layout,
 * wherever CI puts its clone below that).
 */
public final class SharedGeodata {

    private SharedGeodata() {
    }

    /** A file of the shared geodata directory; the calling test is skipped, saying why, when it is not there. */
    public static Path file(String name) {
        Optional<Path> file = directory().map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
        Assumptions.assumeTrue(file.isPresent(), () -> "the team's shared geodata (" + name + ") is not beside this"
                + " clone: set KCN_SHARED_DIR to the shared directory");
        return file.get();
    }

    private static Optional<Path> directory() {
        String configured = System.getProperty("kcn.shared", System.getenv("KCN_SHARED_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured, "geodata"));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("geodata");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
