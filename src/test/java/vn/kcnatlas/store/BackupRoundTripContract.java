package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.StoreDump;

/**
 * {@code scripts/backup} and {@code scripts/restore} give back exactly the data they backed up (issue 14,
 * item 6; RELIABILITY.md, "Backups"): a store with edits and their history is backed up while the server
 * runs, changed again, and restored once the server has stopped; a canonical dump of every table, history
 * included, is then what it was at the backup.
 */
abstract class BackupRoundTripContract {

    private static final String ZONE = "kcn-tan-kieu";

    /** The application's arguments for this store, on top of the port and the first admin. */
    abstract List<String> storeArguments();

    /** The variables the scripts read the store from. */
    abstract Map<String, String> scriptEnvironment();

    abstract Connection connect() throws SQLException;

    @Test
    void aRestoredBackupHoldsExactlyTheDataBackedUpHistoryIncluded() throws Exception {
        Path backup = Files.createTempDirectory("kcn-backup-").resolve("store.backup");
        Map<String, List<String>> backedUp;
        try (ConfigurableApplicationContext app = start()) {
            Http http = new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            edit(http, "Nhà phát triển trước sao lưu");
            assertThat(http.send("POST", "/api/zones/kcn-song-hau/reports", json(), "{\"period\":\"2020\",\"tenants\":3}"
                    .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
            backedUp = dump();

            run("scripts/backup", backup);
            edit(http, "Nhà phát triển sau sao lưu");
            assertThat(dump()).as("changed after the backup").isNotEqualTo(backedUp);
        }
        run("scripts/restore", backup);

        Map<String, List<String>> restored = dump();
        assertThat(restored.keySet()).isEqualTo(backedUp.keySet());
        assertThat(restored.keySet()).as("tables whose rows differ from the backed-up ones")
                .filteredOn(table -> !restored.get(table).equals(backedUp.get(table))).isEmpty();
        System.out.printf("[backup] %s: %d tables, %d rows, identical after the restore%n", getClass().getSimpleName(),
                restored.size(), restored.values().stream().mapToInt(List::size).sum());
        assertThat(restored.get("zone_history")).as("the history, with the edit made before the backup")
                .anyMatch(row -> row.contains("Nhà phát triển trước sao lưu"))
                .noneMatch(row -> row.contains("Nhà phát triển sau sao lưu"));
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = Stream.concat(Stream.of("--server.port=0", "--" + Accounts.ADMIN_USER_PROPERTY,
                "--" + Accounts.ADMIN_PASSWORD_PROPERTY), storeArguments().stream()).toList();
        return new SpringApplicationBuilder(KcnAtlasApplication.class).run(arguments.toArray(String[]::new));
    }

    private static void edit(Http http, String developer) {
        String etag = http.get("/api/zones/" + ZONE).etag();
        Map<String, String> headers = new HashMap<>(Accounts.admin());
        headers.put("Content-Type", "application/merge-patch+json");
        headers.put("If-Match", etag);
        assertThat(http.send("PATCH", "/api/zones/" + ZONE, headers, ("{\"properties\":{\"developer\":\"" + developer
                + "\"},\"comment\":\"sao lưu\"}").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    private static Map<String, String> json() {
        Map<String, String> headers = new HashMap<>(Accounts.admin());
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private void run(String script, Path file) throws Exception {
        ProcessBuilder process = new ProcessBuilder("bash", script, file.toString()).redirectErrorStream(true);
        process.environment().putAll(scriptEnvironment());
        Process running = process.start();
        running.getOutputStream().close();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor()).as(script + " said: " + output).isZero();
    }

    private Map<String, List<String>> dump() throws SQLException {
        try (Connection connection = connect()) {
            return StoreDump.of(connection, Set.of());
        }
    }
}
