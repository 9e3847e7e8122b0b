package vn.kcnatlas.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import vn.kcnatlas.geo.GeoJsonFeature;

/**
 * A feature property as a typed column of a flat file (a GeoPackage table, a CSV sheet), as its layer
 * declares it: what GeoJSON nests (a list of sources, an object of figure sources) becomes JSON text. The
 * same column writes a cell and, for the importer, reads it back.
 */
public record PropertyColumn(String name, Type type) {

    public enum Type {
        TEXT, INTEGER, REAL, BOOLEAN, JSON
    }

    /**
     * The layer's columns that these features carry, in the layer's order; a property the layer does not
     * declare, or a value its column's type cannot hold, is a mistake in this code, not in the data.
     */
    static List<PropertyColumn> of(FeatureLayer layer, List<GeoJsonFeature> features) {
        List<PropertyColumn> columns = new ArrayList<>();
        for (PropertyColumn column : layer.columns()) {
            if (features.stream().anyMatch(f -> f.properties().containsKey(column.name()))) {
                columns.add(column);
            }
        }
        for (GeoJsonFeature feature : features) {
            feature.properties().forEach((name, value) -> {
                PropertyColumn column = layer.column(name).orElseThrow(() -> new IllegalStateException(
                        "The " + layer.code() + " layer declares no column for the property " + name));
                if (!column.holds(value)) {
                    throw new IllegalStateException("The " + layer.code() + " column " + name + " is "
                            + column.type() + " and cannot hold " + value.getClass().getSimpleName());
                }
            });
        }
        return columns;
    }

    /** A feature's value in this column: JSON text for what GeoJSON nests, text for text; null when unknown. */
    Object valueOf(GeoJsonFeature feature, JsonMapper json) {
        Object value = feature.properties().get(name);
        if (value == null) {
            return null;
        }
        return switch (type) {
            case JSON -> json.writeValueAsString(value);
            case TEXT -> value.toString();
            default -> value;
        };
    }

    /**
     * A CSV cell of this column as the JSON value the feature held: the inverse of how {@link CsvSheet} writes
     * it. An empty cell is null.
     *
     * @throws IllegalArgumentException saying what is wrong with the cell
     */
    public JsonNode read(String cell, JsonMapper json) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (cell == null || cell.isEmpty()) {
            return nodes.nullNode();
        }
        return switch (type) {
            case TEXT -> nodes.stringNode(cell);
            case INTEGER -> nodes.numberNode(number(cell).longValueExact());
            case REAL -> nodes.numberNode(number(cell).doubleValue());
            case BOOLEAN -> switch (cell) {
                case "true" -> nodes.booleanNode(true);
                case "false" -> nodes.booleanNode(false);
                default -> throw new IllegalArgumentException("'" + cell + "' is not true or false");
            };
            case JSON -> {
                try {
                    yield json.readTree(cell);
                } catch (JacksonException e) {
                    throw new IllegalArgumentException("'" + abbreviate(cell) + "' is not JSON");
                }
            }
        };
    }

    private BigDecimal number(String cell) {
        try {
            BigDecimal number = new BigDecimal(cell);
            if (type == Type.INTEGER) {
                number.longValueExact();
            }
            return number;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(cell) + "' is not "
                    + (type == Type.INTEGER ? "a whole number" : "a number"));
        }
    }

    private boolean holds(Object value) {
        Type held = typeOf(value);
        return held == null || held == type || type == Type.REAL && held == Type.INTEGER;
    }

    private static Type typeOf(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> Type.BOOLEAN;
            case Double d -> Type.REAL;
            case Float f -> Type.REAL;
            case Number n -> Type.INTEGER;
            case List<?> l -> Type.JSON;
            case Map<?, ?> m -> Type.JSON;
            case Set<?> s -> Type.JSON;
            default -> Type.TEXT;
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
