package vn.kcnatlas.ogc;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.map.MapLayer;

/**
 * The extents the collections advertise. Computing one reads every geometry of the layer (a million lots
 * take about a second on PostGIS, several on H2GIS), so each is kept: dropped when its layer changes
 * here, and recomputed in the background once a minute, while the last one is still served, for the
 * changes another process makes (the command-line importer) that publish no event here.
 */
@Component
class CollectionExtents {

    private final LoadingCache<MapLayer, Optional<Envelope>> extents;

    CollectionExtents(FeatureSources sources) {
        this.extents = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofMinutes(1))
                .build(layer -> sources.byId(layer.id()).extent());
    }

    Optional<Envelope> of(FeatureSource source) {
        return extents.get(source.layer());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(MapDataChanged change) {
        extents.invalidateAll(MapLayer.changedBy(change));
    }
}
