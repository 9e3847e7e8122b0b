package vn.kcnatlas.geo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.text.Decimals;

/**
 * Reads typed values from the properties of a feature someone else wrote, collecting every problem
 * (rather than stopping at the first) so that an import report can name them all.
 */
public final class PropertyReader {

    /**
     * The longest text a property may hold, in characters: far beyond any name, address or note, and short
     * of what would let one write or import row fill the store.
     */
    public static final int MAX_TEXT = 10_000;

    private final JsonNode properties;
    private final List<String> problems = new ArrayList<>();

    public PropertyReader(JsonNode properties) {
        this.properties = properties == null || properties.isNull() || properties.isMissingNode()
                ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : properties;
    }

    /** The problems found so far, each naming its property. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void problem(String message) {
        problems.add(message);
    }

    public boolean has(String name) {
        JsonNode node = properties.get(name);
        return node != null && !node.isNull();
    }

    /** A text value, blank counted as absent; numbers are taken as text. */
    public String text(String name) {
        JsonNode node = properties.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            problems.add(name + " must be text, got " + describe(node));
            return null;
        }
        String text = node.asString().strip();
        if (text.length() > MAX_TEXT) {
            problems.add(name + " is " + text.length() + " characters long; at most " + MAX_TEXT);
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name) {
        String text = text(name);
        if (text == null && !problemAbout(name)) {
            problems.add(name + " is required");
        }
        return text;
    }

    /** A number no smaller than {@code min}; text holding a number is accepted. */
    public Double number(String name, double min) {
        JsonNode node = properties.get(name);
        if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
            return null;
        }
        double value;
        if (node.isNumber()) {
            value = node.doubleValue();
        } else if (node.isString()) {
            OptionalDouble written = Decimals.parse(node.asString().strip().replace(',', '.'));
            if (written.isEmpty()) {
                problems.add(name + " must be a number, got '" + abbreviate(node.asString()) + "'");
                return null;
            }
            value = written.getAsDouble();
        } else {
            problems.add(name + " must be a number, got " + describe(node));
            return null;
        }
        if (!Double.isFinite(value) || value < min) {
            problems.add(name + " must be a number of at least " + formatMin(min) + ", got " + value);
            return null;
        }
        return value;
    }

    /** A yes/no value, written as JSON true or false; absent is null. */
    public Boolean bool(String name) {
        JsonNode node = properties.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(name + " must be true or false, got " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    public LocalDate date(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(name + " must be a date written YYYY-MM-DD, got '" + text + "'");
            return null;
        }
    }

    public <E extends Enum<E> & Coded> E code(String name, Class<E> type, boolean required) {
        String text = text(name);
        if (text == null) {
            if (required && !problemAbout(name)) {
                problems.add(name + " is required (one of " + Coded.allowed(type) + ")");
            }
            return null;
        }
        Optional<E> value = Coded.find(type, text);
        if (value.isEmpty()) {
            problems.add(name + " '" + text + "' is not one of " + Coded.allowed(type));
        }
        return value.orElse(null);
    }

    /** A list of text values; a single text value counts as a list of one. */
    public List<String> textList(String name) {
        JsonNode node = properties.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isString()) {
            return node.asString().isBlank() ? List.of() : List.of(node.asString().strip());
        }
        if (!node.isArray()) {
            problems.add(name + " must be a list of text, got " + describe(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isString() && item.asString().length() > MAX_TEXT) {
                problems.add(name + " holds a text of " + item.asString().length() + " characters; at most " + MAX_TEXT);
            } else if (item.isString() && !item.asString().isBlank()) {
                values.add(item.asString().strip());
            } else {
                problems.add(name + " must hold only text, got " + describe(item));
            }
        }
        return values;
    }

    /** The property names present that are not among the known ones, sorted. */
    public Set<String> unknownProperties(Set<String> known) {
        Set<String> unknown = new TreeSet<>(properties.propertyNames());
        unknown.removeAll(known);
        return unknown;
    }

    private boolean problemAbout(String name) {
        return problems.stream().anyMatch(p -> p.startsWith(name + " "));
    }

    private static String describe(JsonNode node) {
        String kind = node.isObject() ? "an object" : node.isArray() ? "a list" : node.isBoolean() ? "true/false"
                : node.isNumber() ? "a number" : "a value";
        return kind + " (" + abbreviate(node.toString()) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String formatMin(double min) {
        return min == Math.rint(min) ? Long.toString((long) min) : Double.toString(min);
    }
}
