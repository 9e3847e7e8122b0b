package vn.kcnatlas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL/PostGIS server of a test's own, made with {@code scripts/postgis.sh cluster} from the local
 * Debian binaries (installed by that script when missing and run as root), which the test may crash and
 * start again without disturbing the server the other tests share. Its commits are synchronous, so a
 * commit acknowledged before a crash is kept.
 */
public final class OwnPostGis implements AutoCloseable {

    private static final Pattern EXPORT = Pattern.compile("^export (KCN_DB_\\w+)=(.*)$");

    private final Path directory;
    private final Map<String, String> settings;

    private OwnPostGis(Path directory, Map<String, String> settings) {
        this.directory = directory;
        this.settings = settings;
    }

    /** Makes and starts a new server in a new temporary directory. */
    public static OwnPostGis start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("kcn-own-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        for (String line : script("cluster", directory).split("\n")) {
            Matcher m = EXPORT.matcher(line.strip());
            if (m.matches()) {
                settings.put(m.group(1), m.group(2));
            }
        }
        if (!settings.containsKey("KCN_DB_URL")) {
            throw new IllegalStateException("scripts/postgis.sh cluster printed no KCN_DB_URL");
        }
        return new OwnPostGis(directory, settings);
    }

    public String url() {
        return settings.get("KCN_DB_URL");
    }

    public String user() {
        return settings.get("KCN_DB_USER");
    }

    public String password() {
        return settings.get("KCN_DB_PASSWORD");
    }

    /** The application's arguments that point it at this server, on the postgis profile. */
    public List<String> applicationArguments() {
        return List.of("--spring.profiles.active=postgis", "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password());
    }

    /** The environment {@code scripts/backup} and {@code scripts/restore} read it from. */
    public Map<String, String> environment() {
        return Map.copyOf(settings);
    }

    /** Stops the server at once, as a crash would: {@code pg_ctl stop -m immediate}. */
    public void halt() {
        script("halt", directory);
    }

    /** Starts it again on the same port; returns once it accepts connections. */
    public void resume() {
        script("resume", directory);
    }

    @Override
    public void close() {
        script("drop", directory);
    }

    private static String script(String command, Path directory) {
        List<String> arguments = new ArrayList<>(List.of("bash", "scripts/postgis.sh", command,
                directory.toAbsolutePath().toString()));
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("scripts/postgis.sh " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
