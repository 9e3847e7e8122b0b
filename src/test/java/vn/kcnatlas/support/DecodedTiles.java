package vn.kcnatlas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Vector tiles compared as what they hold rather than as bytes: PostGIS's {@code ST_AsMVT} and the Java
 * encoder write the same features in different bytes (ST_AsMVT lists a key even when every value of it
 * is null, and rings may start at another vertex).
 */
public final class DecodedTiles {

    /**
     * How far apart two encoders' geometries may be, in tile units: Java clips then snaps to the grid,
     * PostGIS snaps then clips, so where an edge crosses the buffer's side can move along it; the areas
     * between the two outlines stay within this much of their length.
     */
    private static final double TOLERANCE = 1.0;
    private static final GeometryFactory TILE_PLANE = new GeometryFactory();

    private DecodedTiles() {
    }

    /**
     * Asserts that two tiles hold the same layer, the same features in the same order with the same ids
     * and properties (the same value types too), and the same geometries within a tile unit.
     *
     * @return the number of features
     */
    public static int assertSame(byte[] expected, byte[] actual, String where) {
        if (expected.length == 0 || actual.length == 0) {
            assertThat(features(actual)).as(where + " features").isEqualTo(features(expected));
            return 0;
        }
        VectorTile.Tile.Layer a = single(expected, where);
        VectorTile.Tile.Layer b = single(actual, where);
        assertThat(b.getName()).as(where).isEqualTo(a.getName());
        assertThat(b.getExtent()).as(where).isEqualTo(a.getExtent());
        assertThat(properties(b)).as(where + " properties in order").isEqualTo(properties(a));
        assertThat(ids(b)).as(where + " feature ids").isEqualTo(ids(a));
        List<Geometry> ga = geometries(expected);
        List<Geometry> gb = geometries(actual);
        for (int i = 0; i < ga.size(); i++) {
            Geometry g = ga.get(i);
            Geometry h = gb.get(i);
            String feature = where + " feature " + i;
            assertThat(b.getFeatures(i).getType()).as(feature).isEqualTo(a.getFeatures(i).getType());
            if (g.getDimension() == 2) {
                assertThat(OverlayNGRobust.overlay(g, h, OverlayNG.SYMDIFFERENCE).getArea()).as(feature + " " + g + " " + h)
                        .isLessThanOrEqualTo(TOLERANCE * Math.max(g.getLength(), h.getLength()));
            } else {
                assertThat(DiscreteHausdorffDistance.distance(g, h)).as(feature + " " + g + " " + h)
                        .isLessThanOrEqualTo(TOLERANCE);
            }
        }
        return ga.size();
    }

    /** Each feature's properties, in order, as the typed values the tile's single layer holds. */
    public static List<Map<String, VectorTile.Tile.Value>> properties(byte[] tile) {
        return properties(parse(tile).getLayers(0));
    }

    private static VectorTile.Tile.Layer single(byte[] bytes, String where) {
        VectorTile.Tile decoded = parse(bytes);
        assertThat(decoded.getLayersCount()).as(where + " layers").isEqualTo(1);
        return decoded.getLayers(0);
    }

    private static List<Map<String, VectorTile.Tile.Value>> properties(VectorTile.Tile.Layer layer) {
        List<Map<String, VectorTile.Tile.Value>> all = new ArrayList<>();
        for (VectorTile.Tile.Feature feature : layer.getFeaturesList()) {
            Map<String, VectorTile.Tile.Value> p = new LinkedHashMap<>();
            for (int t = 0; t < feature.getTagsCount(); t += 2) {
                p.put(layer.getKeys(feature.getTags(t)), layer.getValues(feature.getTags(t + 1)));
            }
            all.add(p);
        }
        return all;
    }

    private static List<String> ids(VectorTile.Tile.Layer layer) {
        return layer.getFeaturesList().stream().map(f -> f.hasId() ? String.valueOf(f.getId()) : "none").toList();
    }

    private static int features(byte[] bytes) {
        return bytes.length == 0 ? 0
                : parse(bytes).getLayersList().stream().mapToInt(VectorTile.Tile.Layer::getFeaturesCount).sum();
    }

    private static VectorTile.Tile parse(byte[] bytes) {
        try {
            return VectorTile.Tile.parseFrom(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Geometry> geometries(byte[] bytes) {
        try {
            return List.copyOf(MvtReader.loadMvt(new ByteArrayInputStream(bytes), TILE_PLANE,
                    new TagKeyValueMapConverter()).getLayers().iterator().next().getGeometries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
