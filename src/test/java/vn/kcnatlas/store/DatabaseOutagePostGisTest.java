package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.OwnPostGis;
import vn.kcnatlas.support.RequiresPostGis;

/**
 * The database goes away under load and comes back (issue 14, item 2; RELIABILITY.md, "Database outage").
 * The application runs on a PostGIS of its own, which the test crashes ({@code pg_ctl stop -m immediate})
 * while clients read zones, cached and new tiles and the health, and write zone edits and reports; after
 * ten seconds the database starts again. While it is down, whatever needs it is refused 503 with
 * Retry-After and cached tiles are still served; within five seconds of its return everything answers
 * again with no restart; and what the writers were told matches what the database holds.
 */
@RequiresPostGis
class DatabaseOutagePostGisTest {

    private static final Duration BEFORE = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    /** How long the load may go on after the recovery for every kind of request to have run once more. */
    private static final Duration AT_MOST_AFTER = Duration.ofSeconds(30);
    /** Zoom 12 tile of Thuận Yên, drawn before the outage; far from the zones written, so no write drops it. */
    private static final String CACHED_TILE = "/tiles/zones/12/3237/1929.png";
    private static final String EDITED = "kcn-tan-kieu";
    private static final String REPORTED = "kcn-song-hau";

    enum Kind {
        ZONES, CACHED_TILE, NEW_TILE, HEALTH, PATCH, REPORT, WMS, OGC, SIGNED_IN;

        boolean needsDatabase() {
            return this != CACHED_TILE;
        }

        boolean writes() {
            return this == PATCH || this == REPORT;
        }
    }

    /** One request of the load: when it ran (System.nanoTime), what it was answered; status -1 if it got no answer. */
    record Call(Kind kind, String marker, long start, long end, int status, String retryAfter, String excerpt) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        boolean within(long from, long to) {
            return start >= from && end <= to;
        }

        boolean overlaps(long from, long to) {
            return start <= to && end >= from;
        }
    }

    @Test
    void whileTheDatabaseIsDownWhatNeedsItIs503CachedTilesAreServedAndAllRecoversWithoutARestart()
            throws Exception {
        try (OwnPostGis db = OwnPostGis.start(); ConfigurableApplicationContext app = start(db)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Http http = new Http(port);
            assertThat(http.get(CACHED_TILE).status()).isEqualTo(200);
            Load load = new Load(http, new SignedInBrowser(port), http.get("/api/zones/" + EDITED).etag());
            load.start();
            Thread.sleep(BEFORE);
            long haltStarted = System.nanoTime();
            db.halt();
            long halted = System.nanoTime();
            Thread.sleep(OUTAGE);
            long resumeStarted = System.nanoTime();
            db.resume();
            long resumed = System.nanoTime();
            long recovered = resumed + RECOVERY.toNanos();
            List<Call> calls = load.stopOnceEachKindRanAfter(recovered);

            report(calls, haltStarted, halted, resumeStarted, resumed);
            assertThat(calls).as("no answer but 2xx, 412 (a writer's stale version) and 503")
                    .allMatch(c -> c.status() == -1 || c.succeeded() || c.status() == 412 || c.status() == 503);

            List<Call> down = calls.stream().filter(c -> c.within(halted, resumeStarted)).toList();
            for (Kind kind : Kind.values()) {
                assertThat(down).as(kind + " requests while the database was down").anyMatch(c -> c.kind() == kind);
            }
            assertThat(down).filteredOn(c -> c.kind() == Kind.CACHED_TILE).extracting(Call::status).containsOnly(200);
            assertThat(down).filteredOn(c -> c.kind().needsDatabase()).allSatisfy(c ->
                    assertThat(c.status()).as(c.kind() + " " + c.excerpt()).isEqualTo(503));
            assertThat(down).filteredOn(c -> c.kind() != Kind.HEALTH && c.kind().needsDatabase()).allSatisfy(c ->
                    assertThat(c.retryAfter()).as(c.kind() + " Retry-After").isEqualTo("5"));
            assertThat(down).filteredOn(c -> c.kind() == Kind.WMS).extracting(Call::excerpt)
                    .allMatch(body -> body.contains("<ServiceExceptionReport"));
            assertThat(down).filteredOn(c -> c.kind() == Kind.OGC).extracting(Call::excerpt)
                    .allMatch(body -> body.contains("\"code\":\"ServiceUnavailable\""));
            assertThat(down).filteredOn(c -> c.kind() != Kind.WMS && c.kind() != Kind.OGC && c.kind().needsDatabase()
                    && c.kind() != Kind.HEALTH).extracting(Call::excerpt)
                    .allMatch(body -> body.contains("\"title\":\"Database unavailable\""));
            assertThat(down).filteredOn(c -> c.kind() == Kind.HEALTH).extracting(Call::excerpt)
                    .allMatch(body -> body.contains("\"DOWN\""));

            List<Call> after = calls.stream().filter(c -> c.start() >= recovered).toList();
            for (Kind kind : Kind.values()) {
                assertThat(after).as(kind + " requests from 5 s after the database's return")
                        .anyMatch(c -> c.kind() == kind);
            }
            assertThat(after).as("every request from 5 s after the database's return")
                    .allSatisfy(c -> assertThat(c.succeeded()).as(c.kind() + " " + c.status() + " " + c.excerpt())
                            .isTrue());

            try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                assertWritesMatch(connection, calls, haltStarted, halted);
                assertThat(halfApplied(connection)).as("records whose version and history disagree").isEmpty();
            }
        }
    }

    /**
     * Every acknowledged write is stored; a write refused for a stale version is not; one refused 503 is
     * stored only if it was under way as the database went down (its commit may have gone through as the
     * answer was lost, which the refusal says).
     */
    private static void assertWritesMatch(Connection connection, List<Call> calls, long haltStarted, long halted)
            throws SQLException {
        List<Call> writes = calls.stream().filter(c -> c.kind().writes()).toList();
        assertThat(writes).filteredOn(Call::succeeded).as("acknowledged writes").isNotEmpty();
        for (Call write : writes) {
            boolean stored = stored(connection, write);
            if (write.succeeded()) {
                assertThat(stored).as("acknowledged " + write).isTrue();
            } else if (stored) {
                assertThat(write.overlaps(haltStarted, halted)).as("refused but stored " + write).isTrue();
            }
        }
    }

    private static boolean stored(Connection connection, Call write) throws SQLException {
        String sql = write.kind() == Kind.PATCH
                ? "SELECT count(*) FROM zone_history WHERE zone_code = ? AND after_json LIKE ?"
                : "SELECT count(*) FROM zone_report r JOIN zone_report_history h ON h.report_id = r.id"
                        + " WHERE r.zone_code = ? AND r.period = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, write.kind() == Kind.PATCH ? EDITED : REPORTED);
            statement.setString(2, write.kind() == Kind.PATCH ? "%\"" + write.marker() + "\"%" : write.marker());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Zones, lots and periodic reports whose version is not the last of a complete history, or the reverse. */
    private static List<String> halfApplied(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String sql : List.of(
                "SELECT 'zone ' || z.code FROM zone z LEFT JOIN (SELECT zone_code, max(version) AS last,"
                        + " count(*) AS n FROM zone_history GROUP BY zone_code) h ON h.zone_code = z.code"
                        + " WHERE h.last IS DISTINCT FROM z.version OR h.n <> z.version",
                "SELECT 'report ' || r.id FROM zone_report r JOIN (SELECT report_id, max(version) AS last,"
                        + " count(*) AS n FROM zone_report_history GROUP BY report_id) h ON h.report_id = r.id"
                        + " WHERE h.last <> r.version OR h.n <> r.version",
                "SELECT 'report without history ' || r.id FROM zone_report r WHERE r.period IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM zone_report_history h WHERE h.report_id = r.id)",
                "SELECT 'lot ' || l.zone_code || '/' || l.code FROM lot l JOIN (SELECT zone_code, lot_code,"
                        + " max(version) AS last FROM lot_history GROUP BY zone_code, lot_code) h"
                        + " ON h.zone_code = l.zone_code AND h.lot_code = l.code WHERE h.last <> l.version")) {
            try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * The figures RELIABILITY.md quotes: answers per phase, kind and status, and for each kind how long after
     * the database's return its last refusal came and its first success.
     */
    private static void report(List<Call> calls, long haltStarted, long halted, long resumeStarted, long resumed) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<Kind, Long> lastRefused = new EnumMap<>(Kind.class);
        Map<Kind, Long> firstAnswered = new EnumMap<>(Kind.class);
        for (Call c : calls) {
            String phase = c.end() < haltStarted ? "before" : c.within(halted, resumeStarted) ? "down"
                    : c.start() >= resumed ? "after" : "edges";
            counts.merge(phase + " " + c.kind() + " " + c.status(), 1, Integer::sum);
            if (c.end() >= resumed) {
                (c.succeeded() ? firstAnswered : lastRefused).merge(c.kind(), c.end() - resumed,
                        c.succeeded() ? Math::min : Math::max);
            }
        }
        System.out.println("[outage] answers by phase, kind and status: " + counts);
        for (Kind kind : Kind.values()) {
            System.out.printf("[outage] %s after the database's return: last refusal at %s ms, first 2xx at %s ms%n",
                    kind, millis(lastRefused.get(kind)), millis(firstAnswered.get(kind)));
        }
    }

    private static String millis(Long nanos) {
        return nanos == null ? "-" : String.valueOf(nanos / 1_000_000);
    }

    private static ConfigurableApplicationContext start(OwnPostGis db) {
        List<String> arguments = Stream.concat(Stream.of("--server.port=0", "--" + Accounts.ADMIN_USER_PROPERTY,
                "--" + Accounts.ADMIN_PASSWORD_PROPERTY), db.applicationArguments().stream()).toList();
        return new SpringApplicationBuilder(KcnAtlasApplication.class).run(arguments.toArray(String[]::new));
    }

    /**
     * Four clients, each sending one request after another with a short pause: one reads zones and tiles
     * never drawn before, one the cached tile and the health, one writes zone edits and reports as the admin,
     * one reads WMS maps never drawn before, OGC API items and, signed in as a browser is, a zone's history.
     */
    private static final class Load {

        private final Http http;
        private final SignedInBrowser browser;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicInteger reports = new AtomicInteger();
        private final List<Thread> clients = new ArrayList<>();
        private String etag;

        Load(Http http, SignedInBrowser browser, String etag) {
            this.http = http;
            this.browser = browser;
            this.etag = etag;
        }

        void start() {
            clients.add(client(Kind.ZONES, Kind.NEW_TILE));
            clients.add(client(Kind.CACHED_TILE, Kind.HEALTH));
            clients.add(client(Kind.PATCH, Kind.REPORT));
            clients.add(client(Kind.WMS, Kind.OGC, Kind.SIGNED_IN));
        }

        /** Goes on until each kind of request has been sent once at or after {@code time} (System.nanoTime). */
        List<Call> stopOnceEachKindRanAfter(long time) throws InterruptedException {
            long deadline = time + AT_MOST_AFTER.toNanos();
            while (System.nanoTime() < deadline && calls.stream().filter(c -> c.start() >= time).map(Call::kind)
                    .distinct().count() < Kind.values().length) {
                Thread.sleep(100);
            }
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
            return List.copyOf(calls);
        }

        private Thread client(Kind... kinds) {
            return Thread.ofPlatform().name("outage-" + kinds[0]).start(() -> {
                while (running.get()) {
                    for (Kind kind : kinds) {
                        calls.add(call(kind));
                    }
                    pause();
                }
            });
        }

        private Call call(Kind kind) {
            int n = sequence.incrementAndGet();
            String marker = switch (kind) {
                case PATCH -> "outage-" + n;
                // A quarter long over, so it has ended and no seeded report has it; counted apart from the other
                // calls so that a slow run, which makes many, still has some 4,000 quarters before 2026.
                case REPORT -> reportedQuarter(reports.getAndIncrement());
                default -> null;
            };
            long start = System.nanoTime();
            try {
                Http.Response response = send(kind, n, marker);
                long end = System.nanoTime();
                if (kind == Kind.PATCH && response.status() / 100 == 2) {
                    etag = response.etag();
                } else if (kind == Kind.PATCH && response.status() == 412) {
                    // A change cut off as the database went down was made after all: go on from it.
                    etag = http.get("/api/zones/" + EDITED).etag();
                }
                String body = response.text();
                return new Call(kind, marker, start, end, response.status(), response.header("Retry-After"),
                        body.substring(0, Math.min(body.length(), 300)));
            } catch (UncheckedIOException e) {
                return new Call(kind, marker, start, System.nanoTime(), -1, null, e.getMessage());
            }
        }

        private static String reportedQuarter(int r) {
            return (1000 + r / 4) + "-Q" + (r % 4 + 1);
        }

        private Http.Response send(Kind kind, int n, String marker) {
            return switch (kind) {
                case ZONES -> http.get("/api/zones");
                case CACHED_TILE -> http.get(CACHED_TILE);
                // Zoom 15 tiles around Tân Kiều, a new one each time, so each is drawn from the database.
                case NEW_TILE -> http.get("/tiles/zones/15/" + (26010 + n % 40) + "/" + (15420 + n / 40) + ".mvt");
                case HEALTH -> http.get("/actuator/health");
                // A box a little further east each time, so each map is drawn from the database.
                case WMS -> http.get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES=&CRS=CRS:84"
                        + "&BBOX=" + (105.5 + n * 0.001) + ",10.3," + (105.6 + n * 0.001) + ",10.4&WIDTH=64&HEIGHT=64"
                        + "&FORMAT=image/png");
                case OGC -> http.get("/ogc/collections/zones/items?limit=2");
                case SIGNED_IN -> browser.get("/api/zones/" + EDITED + "/history");
                case PATCH -> http.send("PATCH", "/api/zones/" + EDITED, headers("application/merge-patch+json",
                        etag), ("{\"properties\":{\"developer\":\"" + marker + "\"}}").getBytes(StandardCharsets.UTF_8));
                case REPORT -> http.send("POST", "/api/zones/" + REPORTED + "/reports", headers("application/json",
                        null), ("{\"period\":\"" + marker + "\",\"tenants\":" + n + "}")
                        .getBytes(StandardCharsets.UTF_8));
            };
        }

        private static Map<String, String> headers(String contentType, String ifMatch) {
            Map<String, String> headers = new HashMap<>(Accounts.admin());
            headers.put("Content-Type", contentType);
            if (ifMatch != null) {
                headers.put("If-Match", ifMatch);
            }
            return headers;
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A browser signed in as the admin, with its session cookie and CSRF token, as the web map signs in. */
    private static final class SignedInBrowser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        private final String base;

        SignedInBrowser(int port) {
            this.base = "http://localhost:" + port;
            String token = get("/api/session").json().path("csrf").path("token").asString();
            String property = Accounts.ADMIN_PASSWORD_PROPERTY;
            String password = property.substring(property.indexOf('=') + 1);
            Http.Response login = send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + Accounts.ADMIN
                            + "\",\"password\":\"" + password + "\"}")).build());
            assertThat(login.status()).as("browser login " + login.text()).isEqualTo(200);
        }

        Http.Response get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Requested-With", "XMLHttpRequest")
                    .GET().build());
        }

        private Http.Response send(HttpRequest request) {
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return new Http.Response(response.statusCode(), response.headers().firstValue("Content-Type")
                        .orElse(""), response.headers().firstValue("ETag").orElse(null), response.body(),
                        response.headers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
