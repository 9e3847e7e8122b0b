package vn.kcnatlas.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.util.RawValue;

/**
 * A GeoJSON Feature on its way out: an id, a geometry (or none) and flat properties. Every layer writes
 * its features through this one shape, so the API, OGC API Features and exports agree.
 */
public record GeoJsonFeature(String id, Geometry geometry, Map<String, Object> properties) {

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
     * A FeatureCollection of these features.
     *
     * @param foreignMembers extra top-level members such as {@code numberMatched} or {@code links}
     */
    public static Map<String, Object> collection(List<GeoJsonFeature> features, Map<String, Object> foreignMembers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "FeatureCollection");
        json.putAll(foreignMembers);
        json.put("features", features.stream().map(GeoJsonFeature::toJson).toList());
        return json;
    }
}
