package vn.kcnatlas.map.tile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.RoundingFilter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.stereotype.Component;

import vn.kcnatlas.geo.CoordinateMapping;
import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapFeature;
import vn.kcnatlas.map.MapLayer;

/**
 * Encodes Mapbox vector tiles (MVT 2.1) in Java from {@link LayerFeatures}: one layer named after the map
 * layer, geometries clipped to the tile plus a buffer and snapped to the tile's grid, properties as the
 * feature's attributes (nulls left out, since MVT has no null), no feature ids.
 */
@Component
class JavaVectorTiles {

    private static final int EXTENT = VectorTiles.EXTENT;
    private static final int BUFFER = VectorTiles.BUFFER;
    private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);

    private final LayerFeatures features;

    JavaVectorTiles(LayerFeatures features) {
        this.features = features;
    }

    /**
     * The tile's bytes, or an empty array when no feature falls in it.
     *
     * @param asOf the day whose end a dated layer shows, or null for now
     */
    byte[] encode(MapLayer layer, TileId tile, LocalDate asOf) {
        Envelope box = tile.mercatorBox();
        Envelope clip = new Envelope(box);
        clip.expandBy(box.getWidth() * BUFFER / EXTENT);
        List<Geometry> encoded = new ArrayList<>();
        AffineTransformation toTile = new AffineTransformation().translate(-box.getMinX(), -box.getMinY())
                .scale(EXTENT / box.getWidth(), -EXTENT / box.getHeight()).translate(0, EXTENT);
        for (MapFeature feature : features.features(layer, asOf, MapCrs.EPSG_3857.toWgs84(clip),
                Generalisation.ofZoom(tile.z()))) {
            Geometry tileGeometry = tileGeometry(mercator(feature.geometry()), clip, toTile);
            if (tileGeometry != null) {
                tileGeometry.setUserData(attributes(feature));
                encoded.add(tileGeometry);
            }
        }
        if (encoded.isEmpty()) {
            return new byte[0];
        }
        return MvtEncoder.encode(new JtsMvt(new JtsLayer(layer.id(), encoded, EXTENT)), PARAMS,
                new UserDataKeyValueMapConverter());
    }

    /**
     * A geometry in tile units: clipped to the tile and its buffer, snapped to the integer grid and
     * cleaned of what snapping left behind, as JtsAdapter does. Unlike JtsAdapter it clips with a
     * rectangle clipper rather than a general overlay, which was the largest cost of an uncached vector
     * tile (BENCHMARKS.md).
     *
     * @return null when nothing of the geometry is left in the tile
     */
    private static Geometry tileGeometry(Geometry mercator, Envelope clip, AffineTransformation toTile) {
        if (!clip.intersects(mercator.getEnvelopeInternal())) {
            return null;
        }
        Geometry clipped = TileClip.clip(mercator, clip);
        if (clipped.isEmpty()) {
            return null;
        }
        Geometry tile = toTile.transform(clipped);
        tile.apply(RoundingFilter.INSTANCE);
        Geometry clean = TopologyPreservingSimplifier.simplify(tile, 0.1);
        return clean.isEmpty() || (clean.getDimension() == 2 && clean.getArea() == 0) ? null : clean;
    }

    private static Map<String, Object> attributes(MapFeature feature) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        feature.properties().forEach((key, value) -> {
            if (value != null) {
                attributes.put(key, value);
            }
        });
        return attributes;
    }

    private static Geometry mercator(Geometry lonLat) {
        CoordinateMapping toMercator = MapCrs.EPSG_3857::project;
        return toMercator.applyTo(lonLat);
    }
}
