package vn.kcnatlas.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of a feature property, as a collection's schema tells it. GDAL types its fields by the
 * schema rather than guess from the first page, where a property may be null throughout. Any property
 * may be null; the schema gives one type, not a list with "null", because that is what GDAL reads.
 */
enum PropertyType {
    TEXT("string", null),
    DATE("string", "date"),
    DATE_TIME("string", "date-time"),
    NUMBER("number", null),
    INTEGER("integer", null),
    BOOLEAN("boolean", null),
    TEXT_LIST("array", null),
    /** A point as longitude and latitude. */
    COORDINATES("array", null),
    /** A JSON object, e.g. what each figure stands on; GDAL reads it as a JSON string. */
    OBJECT("object", null);

    private final String type;
    private final String format;

    PropertyType(String type, String format) {
        this.type = type;
        this.format = format;
    }

    /** The JSON Schema of a property of this type, restricted to {@code values} unless they are empty. */
    Map<String, Object> jsonSchema(List<String> values) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        if (this == TEXT_LIST) {
            schema.put("items", Map.of("type", "string"));
        }
        if (this == COORDINATES) {
            schema.put("items", Map.of("type", "number"));
            schema.put("minItems", 2);
            schema.put("maxItems", 2);
        }
        if (!values.isEmpty()) {
            schema.put("enum", values);
        }
        return schema;
    }
}
