package vn.kcnatlas.io;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * One feature read from an import file, its geometry already in EPSG:4326.
 *
 * @param index the feature's position in the file, from 1, so a report can point at it
 * @param id the feature's id, if it has one
 * @param geometry null for a feature without geometry, or whose geometry could not be read
 * @param problem why the feature could not be read as a feature, or null
 */
public record SourceFeature(int index, String id, JsonNode properties, Geometry geometry, String problem) {

    /** The feature's name property, if it has one, for reports. */
    public String name() {
        JsonNode name = properties == null ? null : properties.get("name");
        return name != null && name.isString() ? name.asString() : null;
    }
}
