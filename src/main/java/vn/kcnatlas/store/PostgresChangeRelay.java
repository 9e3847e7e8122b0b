package vn.kcnatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.Wgs84;

/**
 * Tells the other server instances sharing a PostGIS about changes, through PostgreSQL LISTEN/NOTIFY, so
 * that each drops the cached maps a change touched wherever it was made: another instance, or the
 * command-line importer. Changes travel as the bounding boxes of the touched geometries, which keeps a
 * notification under PostgreSQL's 8000-byte payload limit; a change with more boxes than fit is sent as
 * their union. The embedded store runs one instance and needs none of this.
 */
@Component
class PostgresChangeRelay implements SmartLifecycle {

    static final String CHANNEL = "kcn_map_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);
    private static final int MAX_BOXES = 60;
    private static final int POLL_MILLIS = 1000;

    private final DataSource dataSource;
    private final SpatialDialect dialect;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    PostgresChangeRelay(DataSource dataSource, SpatialDialect dialect, ApplicationEventPublisher events,
            JsonMapper json) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.events = events;
        this.json = json;
    }

    private boolean active() {
        return dialect instanceof PostGisDialect;
    }

    /** Sends a change made here to the other instances, once it is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void send(MapDataChanged change) {
        if (!active() || change.relayed() || change.touched().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload(change));
            notify.execute();
        } catch (SQLException e) {
            log.warn("Could not tell other instances about a {} change: {}", change.layer(), e.getMessage());
        }
    }

    private String payload(MapDataChanged change) {
        List<double[]> boxes = new ArrayList<>();
        Envelope union = new Envelope();
        for (Geometry geometry : change.touched()) {
            Envelope e = geometry.getEnvelopeInternal();
            boxes.add(new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()});
            union.expandToInclude(e);
        }
        if (boxes.size() > MAX_BOXES) {
            boxes = List.of(new double[] {union.getMinX(), union.getMinY(), union.getMaxX(), union.getMaxY()});
        }
        return json.writeValueAsString(new Payload(instance, change.layer(), boxes));
    }

    /** What travels on the channel. */
    record Payload(String origin, String layer, List<double[]> boxes) {
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                log.info("Listening for changes made by other instances on channel {}", CHANNEL);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the change channel ({}); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void receive(String text) {
        try {
            JsonNode payload = json.readTree(text);
            if (instance.equals(payload.path("origin").asString())) {
                return;
            }
            List<Geometry> touched = new ArrayList<>();
            for (JsonNode box : payload.path("boxes")) {
                touched.add(Wgs84.FACTORY.toGeometry(new Envelope(box.get(0).asDouble(), box.get(2).asDouble(),
                        box.get(1).asDouble(), box.get(3).asDouble())));
            }
            events.publishEvent(new MapDataChanged(payload.path("layer").asString(), touched, true));
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable change notification: {}", e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        if (active()) {
            running = true;
            listener = Thread.ofPlatform().daemon().name("kcn-change-listener").start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
