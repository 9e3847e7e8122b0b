package vn.kcnatlas.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.util.RawValue;

/**
 * A GeoJSON Feature on its way out: an id, a geometry (or none) and flat properties. Every layer writes
 * its features through this one shape, so the API, OGC API Features and exports agree.
 */
public record GeoJsonFeature(String id, Geometry geometry, Map<String, Object> properties) {

    /** Seven decimals, as {@link GeoJsonGeometry} writes coordinates. */
    private static final double BOX_SCALE = 1e7;

    /** The feature as a JSON-ready map; the geometry is written once, as raw GeoJSON text. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "Feature");
        json.put("id", id);
        json.put("geometry", geometry == null ? null : new RawValue(GeoJsonGeometry.write(geometry)));
        json.put("properties", properties);
        return json;
    }

    /**
     * The feature with its bounding box (RFC 7946 §5), west, south, east, north, in place of its geometry;
     * none for a feature without a geometry.
     */
    public Map<String, Object> toBoxJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "Feature");
        json.put("id", id);
        if (geometry != null) {
            Envelope box = geometry.getEnvelopeInternal();
            json.put("bbox", List.of(outward(box.getMinX(), Math::floor), outward(box.getMinY(), Math::floor),
                    outward(box.getMaxX(), Math::ceil), outward(box.getMaxY(), Math::ceil)));
        }
        json.put("geometry", null);
        json.put("properties", properties);
        return json;
    }

    /** A coordinate to seven decimals, as geometries are written, rounded away from the box's middle. */
    private static double outward(double degrees, DoubleUnaryOperator round) {
        return round.applyAsDouble(degrees * BOX_SCALE) / BOX_SCALE;
    }

    /**
     * A FeatureCollection of these features.
     *
     * @param foreignMembers extra top-level members such as {@code numberMatched} or {@code links}
     */
    public static Map<String, Object> collection(List<GeoJsonFeature> features, Map<String, Object> foreignMembers) {
        return collection(features, foreignMembers, GeoJsonFeature::toJson);
    }

    /** A FeatureCollection of these features with their bounding boxes in place of their geometries. */
    public static Map<String, Object> boxCollection(List<GeoJsonFeature> features, Map<String, Object> foreignMembers) {
        return collection(features, foreignMembers, GeoJsonFeature::toBoxJson);
    }

    private static Map<String, Object> collection(List<GeoJsonFeature> features, Map<String, Object> foreignMembers,
            Function<GeoJsonFeature, Map<String, Object>> written) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "FeatureCollection");
        json.putAll(foreignMembers);
        json.put("features", features.stream().map(written).toList());
        return json;
    }
}
