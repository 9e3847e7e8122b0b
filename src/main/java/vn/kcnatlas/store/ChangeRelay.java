package vn.kcnatlas.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.Wgs84;

/**
 * Tells every process using the store about map changes made by the others — other server instances
 * sharing a PostGIS, or the command-line importer writing to the embedded store while the server runs
 * — so that each drops the cached maps a change touched, wherever it was made.
 *
 * <p>Each change is written to the {@code map_change} table as the bounding boxes of the geometries it
 * touched, in the transaction of the change itself, just before it commits: a change that rolls back is
 * never announced, and one that commits always is. Every process reads the rows others wrote and
 * announces them as relayed changes. On PostgreSQL a NOTIFY sent in that same transaction, and so
 * delivered only when it commits, wakes the readers at once (LISTEN/NOTIFY, on a connection of their
 * own, opened again after a failure); on the embedded store, which runs as one server only, the readers
 * look every second (for the importer). Old rows are pruned.
 */
@Component
class ChangeRelay implements SmartLifecycle {

    static final String CHANNEL = "kcn_map_changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);
    /** More boxes than this in one change are sent as their union. */
    private static final int MAX_BOXES = 60;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration KEEP = Duration.ofHours(1);

    private final JdbcConnectionDetails connection;
    private final JdbcClient jdbc;
    private final SpatialDialect dialect;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread reader;
    private ChangeLogCursor cursor;
    private Instant lastPruned = Instant.EPOCH;

    ChangeRelay(JdbcConnectionDetails connection, JdbcClient jdbc, SpatialDialect dialect,
            ApplicationEventPublisher events, Clock clock) {
        this.connection = connection;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a change made here for the other processes, in the change's transaction. A failure to record it
     * fails the change, so that no process keeps drawing what the store no longer holds.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void record(MapDataChanged change) {
        if (change.relayed() || change.touched().isEmpty()) {
            return;
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (Envelope box : boxes(change.touched())) {
            jdbc.sql("INSERT INTO map_change (origin, layer, min_x, min_y, max_x, max_y, changed_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(instance, change.layer(), box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), now)
                    .update();
        }
        if (dialect instanceof PostGisDialect) {
            jdbc.sql("NOTIFY " + CHANNEL).update();
        }
    }

    private static List<Envelope> boxes(List<Geometry> touched) {
        List<Envelope> boxes = new ArrayList<>();
        Envelope union = new Envelope();
        for (Geometry geometry : touched) {
            boxes.add(geometry.getEnvelopeInternal());
            union.expandToInclude(geometry.getEnvelopeInternal());
        }
        return boxes.size() > MAX_BOXES ? List.of(union) : boxes;
    }

    private void read() {
        while (running) {
            // Only PostgreSQL notifies, on a connection of its own outside the pool, which it would hold for good.
            // The log itself is read through the pool, every second at least, so a listening connection that died
            // unnoticed only slows the news down to that.
            try (Connection listening = dialect instanceof PostGisDialect ? DriverManager.getConnection(
                    connection.getJdbcUrl(), connection.getUsername(), connection.getPassword()) : null) {
                PGConnection pg = listening == null ? null : listen(listening);
                while (running) {
                    relayNewChanges();
                    prune();
                    await(pg);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the change log ({}); reconnecting", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static PGConnection listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        return connection.unwrap(PGConnection.class);
    }

    private void await(PGConnection pg) throws SQLException {
        if (pg != null) {
            pg.getNotifications((int) POLL.toMillis());
        } else {
            sleep();
        }
    }

    private void relayNewChanges() {
        Map<String, List<Geometry>> byLayer = new LinkedHashMap<>();
        Instant now = clock.instant();
        jdbc.sql("SELECT id, origin, layer, min_x, min_y, max_x, max_y FROM map_change WHERE id > :floor ORDER BY id")
                .param("floor", cursor.floor())
                .query(rs -> {
                    if (cursor.firstSight(rs.getLong("id"), now) && !instance.equals(rs.getString("origin"))) {
                        byLayer.computeIfAbsent(rs.getString("layer"), l -> new ArrayList<>())
                                .add(Wgs84.FACTORY.toGeometry(new Envelope(rs.getDouble("min_x"), rs.getDouble("max_x"),
                                        rs.getDouble("min_y"), rs.getDouble("max_y"))));
                    }
                });
        cursor.settle(now);
        byLayer.forEach((layer, touched) -> events.publishEvent(new MapDataChanged(layer, touched, true)));
    }

    private void prune() {
        Instant now = clock.instant();
        if (Duration.between(lastPruned, now).compareTo(Duration.ofMinutes(10)) > 0) {
            jdbc.sql("DELETE FROM map_change WHERE changed_at < ?").params(now.minus(KEEP).atOffset(ZoneOffset.UTC))
                    .update();
            lastPruned = now;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        cursor = new ChangeLogCursor(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM map_change").query(Long.class).single());
        running = true;
        reader = Thread.ofPlatform().daemon().name("kcn-change-relay").start(this::read);
    }

    @Override
    public void stop() {
        running = false;
        if (reader != null) {
            reader.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
