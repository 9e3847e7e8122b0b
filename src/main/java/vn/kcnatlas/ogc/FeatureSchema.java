package vn.kcnatlas.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.ogc.FeatureSource.Property;
import vn.kcnatlas.ogc.FeatureSource.Queryable;

/**
 * The JSON Schema of a collection's features, at {@code /collections/{id}/schema}, which the collection
 * links to as {@code describedBy} (the case GDAL looks for; relation types ignore case). It is shaped as
 * the GeoJSON Feature the items hold, the shape GDAL reads field types from.
 */
final class FeatureSchema {

    static final List<Format> FORMATS = List.of(Format.SCHEMA, Format.JSON);

    private FeatureSchema() {
    }

    static Map<String, Object> of(FeatureSource source, Links links) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        source.queryables().forEach(q -> values.put(q.name(), q.values()));
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Property property : source.properties()) {
            properties.put(property.name(),
                    property.type().jsonSchema(values.getOrDefault(property.name(), List.of())));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", links.url("/collections/" + source.layer().id() + "/schema"));
        schema.put("title", source.layer().title().vi());
        schema.put("description", source.description() + ". Any property may be null.");
        schema.put("type", "object");
        schema.put("required", List.of("type", "geometry", "properties"));
        schema.put("properties", Map.of(
                "type", Map.of("type", "string", "enum", List.of("Feature")),
                "id", Map.of("type", "string"),
                "geometry", Map.of("type", "object", "description", source.geometry()),
                "properties", Map.of("type", "object", "properties", properties)));
        return schema;
    }
}
