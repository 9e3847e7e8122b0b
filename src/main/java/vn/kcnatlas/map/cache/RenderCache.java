package vn.kcnatlas.map.cache;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.map.MapLayer;

/**
 * The one cache of rendered output, bounded in bytes, which tiles, vector tiles and WMS images all go
 * through. Invalidation is exact and immediate: when features change, every entry whose footprint the
 * old or new geometries touch is dropped, and no other. A render that was under way when a change came
 * is answered but not cached, so a stale image can never enter the cache after the change.
 */
@Component
public class RenderCache {

    private static final Logger log = LoggerFactory.getLogger(RenderCache.class);

    private final boolean enabled;
    private final Cache<String, Entry> cache;
    private final Object writeLock = new Object();
    private long generation;

    RenderCache(RenderCacheProperties properties, MeterRegistry meters) {
        this.enabled = properties.enabled();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE, key.length() + entry.output().bytesHeld() + 256))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, "rendered");
    }

    /** What a cache entry depends on: the layers it draws and the area whose features it shows. */
    private record Entry(RenderedOutput output, Set<MapLayer> layers, Polygon footprint) {
    }

    /**
     * The cached output for a key, or the output of {@code render}, cached.
     *
     * @param footprint the longitude/latitude area the output depends on, margins included; asked for only
     *     when the output is drawn (a tile's, projected to longitude/latitude, was 2 % of a cached tile's CPU)
     */
    public RenderedOutput get(String key, Set<MapLayer> layers, Supplier<Envelope> footprint,
            Supplier<RenderedOutput> render) {
        if (!enabled) {
            return render.get();
        }
        Entry cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached.output();
        }
        long startedAt;
        synchronized (writeLock) {
            startedAt = generation;
        }
        RenderedOutput output = render.get();
        synchronized (writeLock) {
            if (generation == startedAt) {
                cache.put(key, new Entry(output, Set.copyOf(layers), (Polygon) Wgs84.FACTORY.toGeometry(footprint.get())));
            }
        }
        return output;
    }

    /** Drops every entry the change touches, once the change is committed. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onChange(MapDataChanged change) {
        Set<MapLayer> layers = MapLayer.changedBy(change);
        List<Geometry> touched = change.touched();
        int dropped = 0;
        synchronized (writeLock) {
            generation++;
            for (var e : cache.asMap().entrySet()) {
                Entry entry = e.getValue();
                if (!Collections.disjoint(entry.layers(), layers) && touches(entry.footprint(), touched)) {
                    cache.invalidate(e.getKey());
                    dropped++;
                }
            }
        }
        log.info("{} change touching {} geometries dropped {} cached map(s)", change.layer(), touched.size(), dropped);
    }

    private static boolean touches(Polygon footprint, List<Geometry> touched) {
        Envelope box = footprint.getEnvelopeInternal();
        for (Geometry geometry : touched) {
            if (box.intersects(geometry.getEnvelopeInternal()) && footprint.intersects(geometry)) {
                return true;
            }
        }
        return false;
    }

    /** How many outputs are cached now. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    public boolean enabled() {
        return enabled;
    }
}
