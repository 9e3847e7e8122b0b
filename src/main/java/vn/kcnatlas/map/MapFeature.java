package vn.kcnatlas.map;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature as the map outputs draw and encode it: longitude/latitude geometry and the properties the
 * styles, labels and feature info need.
 */
public record MapFeature(String id, Geometry geometry, Map<String, Object> properties) {

    public Object property(String name) {
        return properties.get(name);
    }
}
