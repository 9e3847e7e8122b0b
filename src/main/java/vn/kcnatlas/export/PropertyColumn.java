package vn.kcnatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;

/**
 * A feature property as a column of a flat file (a GeoPackage table, a CSV sheet), typed by the values the
 * features hold: what GeoJSON nests (a list of sources, an object of figure sources) becomes JSON text.
 */
record PropertyColumn(String name, Type type) {

    enum Type {
        TEXT, INTEGER, REAL, BOOLEAN, JSON
    }

    /** The columns of a set of features, in the order their properties first appear. */
    static List<PropertyColumn> of(List<GeoJsonFeature> features) {
        Set<String> names = new LinkedHashSet<>();
        features.forEach(f -> names.addAll(f.properties().keySet()));
        List<PropertyColumn> columns = new ArrayList<>();
        for (String name : names) {
            Type type = null;
            for (GeoJsonFeature feature : features) {
                type = wider(type, typeOf(feature.properties().get(name)));
            }
            columns.add(new PropertyColumn(name, type == null ? Type.TEXT : type));
        }
        return columns;
    }

    /** A feature's value in this column: JSON text for what GeoJSON nests, text for a mixture; null when unknown. */
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

    private static Type typeOf(Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> Type.BOOLEAN;
            case Double d -> Type.REAL;
            case Float f -> Type.REAL;
            case Number n -> Type.INTEGER;
            case List<?> l -> Type.JSON;
            case Map<?, ?> m -> Type.JSON;
            default -> Type.TEXT;
        };
    }

    /** The type that holds the values of both: a whole number beside a real is real; other mixtures are text. */
    private static Type wider(Type a, Type b) {
        if (a == null || a == b) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (Set.of(a, b).equals(Set.of(Type.INTEGER, Type.REAL))) {
            return Type.REAL;
        }
        return a == Type.JSON || b == Type.JSON ? Type.JSON : Type.TEXT;
    }
}
