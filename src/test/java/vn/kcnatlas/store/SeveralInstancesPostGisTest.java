package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.map.tile.TileId;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Browser;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.PostGisApplicationTest;
import vn.kcnatlas.support.PostGisEnvironment;
import vn.kcnatlas.support.WriteApiTest;

/**
 * Two server instances on two ports sharing one PostGIS, as behind a load balancer: the test's
 * application (A) and a second one started beside it (B), which lets shared caches keep its maps for a
 * minute as behind a CDN. A change written through A drops what B has cached of it within a second, a
 * map has the same ETag on both, and a browser's login on one works on the other, CSRF token included.
 * The zones it writes stay in the database, so the application is closed after it.
 */
@PostGisApplicationTest
@DirtiesContext
class SeveralInstancesPostGisTest extends WriteApiTest {

    /** How soon the other instance must draw a change: the bound. */
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static ConfigurableApplicationContext second;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private JdbcClient jdbc;

    /** Started once A has emptied and migrated the database, so that B finds it ready as a later instance would. */
    @BeforeEach
    void startSecondInstance() {
        if (second == null) {
            second = new SpringApplicationBuilder(KcnAtlasApplication.class).run("--server.port=0",
                    "--spring.profiles.active=postgis", "--spring.datasource.url=" + PostGisEnvironment.url(),
                    "--spring.datasource.username=" + PostGisEnvironment.user(),
                    "--spring.datasource.password=" + PostGisEnvironment.password(),
                    "--kcn.tile-cache.shared-max-age=60s");
        }
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aBoundaryEditOnOneInstanceRedrawsTheTilesVectorTilesAndWmsMapsOfTheOther() {
        String etag = create(zone("kcn-hai-may", "Hai Máy", 105.70, 10.40, 0.01));
        TileId tile = TileId.containing(105.705, 10.405, 12);
        List<String> maps = List.of("/tiles/zones/" + tile + ".png", "/tiles/zones/" + tile + ".mvt",
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES=&CRS=CRS:84"
                        + "&BBOX=105.68,10.38,105.73,10.43&WIDTH=256&HEIGHT=256&FORMAT=image/png");
        Map<String, String> before = cachedOnB(maps);

        Http.Response edited = http().send("PATCH", "/api/zones/kcn-hai-may", headers(MERGE_PATCH, etag),
                bytes("{\"geometry\":" + square(105.703, 10.403, 0.004) + "}"));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);

        allChangeOnBWithinASecond(before);
    }

    @Test
    void aMapHasTheSameETagOnEveryInstanceAndSharedCachesKeepItAsLongAsConfigured() {
        String map = "/tiles/zones/" + TileId.containing(105.64, 10.45, 12) + ".png";
        Http.Response onA = http().get(map);
        Http.Response onB = other().get(map);

        assertThat(onB.etag()).isNotNull().isEqualTo(onA.etag());
        assertThat(onB.body()).isEqualTo(onA.body());
        assertThat(onA.header("Cache-Control")).isEqualTo("no-cache, public");
        assertThat(onB.header("Cache-Control")).isEqualTo("max-age=0, must-revalidate, public, s-maxage=60");
        assertThat(other().get(map, Map.of("If-None-Match", onA.etag())).status()).as("A's copy confirmed by B")
                .isEqualTo(304);
    }

    @Test
    void aReportEnteredOnOneInstanceRecoloursTheOccupancyTilesOfTheOther() {
        create(zone("kcn-bao-cao", "Báo Cáo", 105.74, 10.40, 0.01).replace("\"areaHa\":100",
                "\"areaHa\":100,\"leasableHa\":80"));
        TileId tile = TileId.containing(105.745, 10.405, 12);
        Map<String, String> before = cachedOnB(List.of("/tiles/zones/" + tile + ".png?style=occupancy"));

        Map<String, String> official = new HashMap<>(Accounts.official());
        official.put("Content-Type", "application/json");
        Http.Response report = http().send("POST", "/api/zones/kcn-bao-cao/reports", official,
                bytes("{\"period\":\"2026-Q3\",\"leasedHa\":72}"));
        assertThat(report.status()).as(report.text()).isEqualTo(201);

        allChangeOnBWithinASecond(before);
    }

    @Test
    void aLotWrittenOnOneInstanceAppearsOnTheLotTilesOfTheOther() {
        create(zone("kcn-lo-dat", "Lô Đất", 105.78, 10.40, 0.01));
        TileId tile = TileId.containing(105.785, 10.405, 15);
        Map<String, String> before = cachedOnB(List.of("/tiles/lots/" + tile + ".png", "/tiles/lots/" + tile + ".mvt"));

        Http.Response lot = http().send("POST", "/api/zones/kcn-lo-dat/lots", headers(GEO_JSON, null),
                bytes("{\"type\":\"Feature\",\"geometry\":" + square(105.784, 10.404, 0.002)
                        + ",\"properties\":{\"code\":\"L1\",\"status\":\"available\"}}"));
        assertThat(lot.status()).as(lot.text()).isEqualTo(201);

        allChangeOnBWithinASecond(before);
    }

    @Test
    void aBrowserSignedInOnOneInstanceWritesThroughTheOtherWithItsCsrfToken() {
        Browser onA = new Browser(http());
        String token = onA.get("/api/session").json().path("csrf").path("token").asString();
        Http.Response login = onA.send("POST", "/api/session", Map.of("X-XSRF-TOKEN", token),
                Accounts.browserLogin(Accounts.PLANNER));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String csrf = onA.cookie("XSRF-TOKEN");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
                .params(Accounts.PLANNER).query(Integer.class).list())
                .as("kept in the store, idle for KCN_SESSION_TIMEOUT at most").containsExactly(30 * 60);

        Browser onB = onA.at(other());
        assertThat(onB.get("/api/session").json().path("username").asString()).isEqualTo(Accounts.PLANNER);
        String feature = zone("kcn-hai-phien", "Hai Phiên", 105.82, 10.40, 0.01);
        assertThat(onB.send("POST", "/api/zones", Map.of("Content-Type", GEO_JSON), feature).status())
                .as("no CSRF token").isEqualTo(403);
        Http.Response created = onB.send("POST", "/api/zones", Map.of("Content-Type", GEO_JSON,
                "X-XSRF-TOKEN", csrf), feature);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(history("kcn-hai-phien").get(0).path("by").asString()).isEqualTo(Accounts.PLANNER);

        assertThat(onB.send("DELETE", "/api/session", Map.of("X-XSRF-TOKEN", csrf), null).status()).isEqualTo(204);
        assertThat(onA.get("/api/session").json().path("authenticated").asBoolean()).as("signed out on A too")
                .isFalse();
    }

    @Test
    void aChangeIsAnnouncedInItsOwnTransactionSoARolledBackOneIsNot() throws Exception {
        try (Connection listener = DriverManager.getConnection(PostGisEnvironment.url(), PostGisEnvironment.user(),
                PostGisEnvironment.password()); Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + ChangeRelay.CHANNEL);
            PGConnection pg = listener.unwrap(PGConnection.class);
            long logged = logged();
            MapDataChanged change = change(new Envelope(105.9, 105.91, 10.5, 10.51));

            transactions.executeWithoutResult(status -> {
                events.publishEvent(change);
                status.setRollbackOnly();
            });
            assertThat(logged()).as("nothing logged for a rolled-back change").isEqualTo(logged);
            assertThat(notifications(pg, 300)).as("nothing notified for a rolled-back change").isEmpty();

            transactions.executeWithoutResult(status -> events.publishEvent(change));
            assertThat(logged()).isEqualTo(logged + 1);
            assertThat(notifications(pg, 2000)).extracting(PGNotification::getName).contains(ChangeRelay.CHANNEL);
        }
    }

    @Test
    void aChangeThatCommitsAfterALaterOneIsRelayedToo() throws Exception {
        List<Envelope> relayed = new CopyOnWriteArrayList<>();
        second.addApplicationListener((ApplicationListener<PayloadApplicationEvent<MapDataChanged>>) event -> {
            if (event.getPayload().relayed()) {
                event.getPayload().touched().forEach(g -> relayed.add(g.getEnvelopeInternal()));
            }
        });
        Envelope early = new Envelope(105.92, 105.93, 10.5, 10.51);
        Envelope late = new Envelope(105.94, 105.95, 10.5, 10.51);
        CountDownLatch logged = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // The first change takes its log row's id, then waits before it commits while a second one commits.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(change(early));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    logged.countDown();
                    await(release);
                }
            });
        }));
        assertThat(logged.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status -> events.publishEvent(change(late)));
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(relayed).contains(late));

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(relayed).contains(early));
        assertThat(relayed).as("each once").containsOnlyOnce(early, late);
        assertThat(logRow(early)).as("the first change's row has the lower id").isLessThan(logRow(late));
    }

    private long logRow(Envelope box) {
        return jdbc.sql("SELECT id FROM map_change WHERE min_x = ? AND max_x = ?").params(box.getMinX(), box.getMaxX())
                .query(Long.class).single();
    }

    private static MapDataChanged change(Envelope box) {
        return new MapDataChanged(MapDataChanged.ZONES, List.of(Wgs84.FACTORY.toGeometry(box)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String create(String feature) {
        Http.Response created = http().send("POST", "/api/zones", headers(GEO_JSON, null), bytes(feature));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.etag();
    }

    /**
     * What B answers for each map — its status and ETag (an empty tile is a 204 without one) — asked
     * twice, so that the second answer is B's cached copy.
     */
    private Map<String, String> cachedOnB(List<String> maps) {
        Map<String, String> answers = new HashMap<>();
        for (String map : maps) {
            String first = answerOnB(map);
            assertThat(first).as(map).matches("200 W/\".+\"|204 null");
            assertThat(answerOnB(map)).as("cached: " + map).isEqualTo(first);
            answers.put(map, first);
        }
        return answers;
    }

    /** Waits for B to answer anew for every map, and prints how long that took after A's answer. */
    private void allChangeOnBWithinASecond(Map<String, String> before) {
        long answered = System.nanoTime();
        Awaitility.await().atMost(WITHIN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> before.forEach((map, answer) ->
                        assertThat(answerOnB(map)).as(map).startsWith("200").isNotEqualTo(answer)));
        System.out.printf("Several instances: B drew %s anew %d ms after A answered the write%n", before.keySet(),
                Duration.ofNanos(System.nanoTime() - answered).toMillis());
    }

    private static String answerOnB(String map) {
        Http.Response answer = other().get(map);
        return answer.status() + " " + answer.etag();
    }

    private long logged() {
        return jdbc.sql("SELECT COUNT(*) FROM map_change").query(Long.class).single();
    }

    private static List<PGNotification> notifications(PGConnection pg, int waitMillis) throws Exception {
        PGNotification[] received = pg.getNotifications(waitMillis);
        return received == null ? List.of() : List.of(received);
    }

    private static Http other() {
        return new Http(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
    }
}
