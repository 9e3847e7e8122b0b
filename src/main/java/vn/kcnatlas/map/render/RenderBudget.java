package vn.kcnatlas.map.render;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bounds the memory that maps being drawn take at once. A map holds its raster, 4 bytes a pixel, and
 * about twice as much again while it is encoded: a 4096 × 4096 WMS image is some 200 MB until it is
 * sent. A burst of such requests would exhaust the heap and fail every request in flight, so each
 * drawing first takes its pixels from a budget; those beyond it wait their turn, and after a while are
 * refused as busy. A map larger than the whole budget takes all of it and is drawn alone.
 */
@Component
public class RenderBudget {

    /** Raster, encoder buffers and encoded bytes, per pixel. */
    static final long BYTES_PER_PIXEL = 12;
    /** The share of the heap that maps being drawn may take when no budget is configured. */
    static final int HEAP_SHARE_DIVISOR = 4;

    private final int capacity;
    private final Semaphore pixels;
    private final Duration maxWait;

    @Autowired
    RenderBudget(RenderBudgetProperties properties) {
        this(properties.maxPixels() > 0 ? properties.maxPixels()
                : Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR / BYTES_PER_PIXEL, properties.maxWait());
    }

    RenderBudget(long capacity, Duration maxWait) {
        this.capacity = (int) Math.clamp(capacity, 1, Integer.MAX_VALUE);
        this.pixels = new Semaphore(this.capacity, true);
        this.maxWait = maxWait;
    }

    /**
     * Takes the pixels of a width × height map from the budget, waiting for them if need be; give them
     * back by closing the lease.
     *
     * @throws RenderBusyException if they did not come free within the configured wait
     */
    public Lease lease(int width, int height) {
        int wanted = (int) Math.min((long) width * height, capacity);
        try {
            if (!pixels.tryAcquire(wanted, maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RenderBusyException(maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderBusyException(maxWait);
        }
        return new Lease(pixels, wanted);
    }

    /** The pixels that may be drawn at once. */
    public int capacity() {
        return capacity;
    }

    /** Pixels taken from the budget, given back once by {@link #close()}. */
    public static final class Lease implements AutoCloseable {

        private final Semaphore pixels;
        private int held;

        private Lease(Semaphore pixels, int held) {
            this.pixels = pixels;
            this.held = held;
        }

        @Override
        public synchronized void close() {
            pixels.release(held);
            held = 0;
        }
    }
}
