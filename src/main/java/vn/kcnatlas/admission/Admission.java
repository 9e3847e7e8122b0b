package vn.kcnatlas.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.kcnatlas.web.ServerBusyException;

/**
 * Bounds the requests the server works on at once. On two cores, forty requests drawing maps at once
 * each take twenty times as long as two would, and the database pool holds ten connections: beyond a few
 * per processor, more requests in progress only lengthen every answer until clients time out and retry,
 * piling up more. So a request takes a place first; when none is free it waits in a short queue, and
 * when the queue is full, or its wait runs out, it is refused at once as busy (503 with Retry-After),
 * which a client or a load balancer can act on.
 */
@Component
public class Admission {

    private final Semaphore places;
    private final AtomicInteger queued = new AtomicInteger();
    private final AdmissionProperties properties;
    private final int concurrency;

    Admission(AdmissionProperties properties,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int connectionPoolSize) {
        this.properties = properties;
        this.concurrency = properties.concurrency(connectionPoolSize);
        this.places = new Semaphore(concurrency, true);
    }

    /**
     * Takes a place, waiting in the queue if need be; give it back by closing the permit.
     *
     * @throws ServerBusyException when the queue is full or the wait ran out
     */
    public Permit enter() {
        if (places.tryAcquire()) {
            return new Permit(places);
        }
        if (queued.incrementAndGet() > properties.maxQueued()) {
            queued.decrementAndGet();
            throw busy("all " + properties.maxQueued() + " places in its queue are taken");
        }
        try {
            if (places.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return new Permit(places);
            }
            throw busy("this request waited " + properties.maxWait().toMillis() + " ms in its queue");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("this request was interrupted while it waited");
        } finally {
            queued.decrementAndGet();
        }
    }

    /** The requests waiting for a place now. */
    int queued() {
        return queued.get();
    }

    /** The places free now. */
    int free() {
        return places.availablePermits();
    }

    private ServerBusyException busy(String why) {
        return new ServerBusyException("The server is answering as many requests as it can (" + concurrency
                + " at once) and " + why + ": try again shortly", properties.retryAfter());
    }

    /** A place, given back once by {@link #close()}. */
    public static final class Permit implements AutoCloseable {

        private final Semaphore places;
        private boolean held = true;

        private Permit(Semaphore places) {
            this.places = places;
        }

        @Override
        public synchronized void close() {
            if (held) {
                held = false;
                places.release();
            }
        }
    }
}
