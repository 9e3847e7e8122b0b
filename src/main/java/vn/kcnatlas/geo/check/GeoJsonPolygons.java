package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.ProblemCode;
import vn.kcnatlas.geo.Wgs84;

/**
 * Reads a GeoJSON Polygon or MultiPolygon from parsed JSON, finding the faults a JTS geometry cannot
 * hold, each with its JSON pointer: the wrong type or nesting, text or NaN for a number, a position
 * short of two numbers, a ring not closed or shorter than four positions. It reads on past a fault so
 * one answer names them all (up to {@link Limits#MAX_REPORTED_PROBLEMS}). A third number (height) is
 * accepted and dropped: boundaries are flat.
 */
public final class GeoJsonPolygons {

    /**
     * What the JSON gave: a geometry (SRID 4326, Polygon or MultiPolygon as sent) when it had no fault,
     * else the faults.
     *
     * @param unreported how many faults beyond the reported ones were found
     * @param closedRings the rings closed on request, named by pointer
     */
    public record Outcome(Geometry geometry, List<GeometryProblem> problems, int unreported, List<String> closedRings) {
    }

    private final boolean closeRings;
    private final List<GeometryProblem> problems = new ArrayList<>();
    private final List<String> closedRings = new ArrayList<>();
    private int unreported;
    private String type;

    private GeoJsonPolygons(boolean closeRings) {
        this.closeRings = closeRings;
    }

    /**
     * Reads a geometry object.
     *
     * @param closeRings close an unclosed ring by repeating its first position (and say so) rather than
     *                   refuse it; the repair of a geometry asks for this
     */
    public static Outcome read(JsonNode geometry, boolean closeRings) {
        GeoJsonPolygons reader = new GeoJsonPolygons(closeRings);
        Geometry read = reader.geometry(geometry);
        return reader.problems.isEmpty()
                ? new Outcome(read, List.of(), 0, List.copyOf(reader.closedRings))
                : new Outcome(null, List.copyOf(reader.problems), reader.unreported, List.of());
    }

    private Geometry geometry(JsonNode node) {
        if (node == null || !node.isObject()) {
            problem(ProblemCode.WRONG_TYPE, "a geometry must be a GeoJSON object such as {\"type\": \"Polygon\","
                    + " \"coordinates\": [...]}, got " + describe(node), "", null);
            return null;
        }
        JsonNode typeNode = node.get("type");
        type = typeNode != null && typeNode.isString() ? typeNode.asString() : null;
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
            String hint = "Feature".equals(type) ? "; send the feature's geometry member" : "";
            problem(ProblemCode.WRONG_TYPE, "a boundary must be a Polygon or MultiPolygon, got "
                    + (type == null ? "no type" : "a " + type) + hint, "/type", null);
            return null;
        }
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || coordinates.isNull()) {
            problem(ProblemCode.WRONG_TYPE, "the " + type + " has no coordinates member", "/coordinates", null);
            return null;
        }
        if ("Polygon".equals(type)) {
            return polygon(coordinates, "/coordinates");
        }
        if (!isList(coordinates, "/coordinates", "a list of polygons")) {
            return null;
        }
        if (coordinates.isEmpty()) {
            problem(ProblemCode.EMPTY, "the MultiPolygon has no polygons", "/coordinates", null);
            return null;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int p = 0; p < coordinates.size(); p++) {
            polygons.add(polygon(coordinates.get(p), "/coordinates/" + p));
        }
        return polygons.contains(null) ? null : Wgs84.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private Polygon polygon(JsonNode node, String pointer) {
        if (!isList(node, pointer, "a list of rings")) {
            return null;
        }
        if (node.isEmpty()) {
            problem(ProblemCode.EMPTY, "polygon " + pointer + " has no rings", pointer, null);
            return null;
        }
        List<LinearRing> rings = new ArrayList<>();
        for (int r = 0; r < node.size(); r++) {
            rings.add(ring(node.get(r), pointer + "/" + r));
        }
        if (rings.contains(null)) {
            return null;
        }
        return Wgs84.FACTORY.createPolygon(rings.getFirst(), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    private LinearRing ring(JsonNode node, String pointer) {
        if (!isList(node, pointer, "a ring (a list of positions)")) {
            return null;
        }
        List<Coordinate> positions = new ArrayList<>();
        boolean readable = true;
        for (int i = 0; i < node.size(); i++) {
            Coordinate position = position(node.get(i), pointer + "/" + i);
            readable &= position != null;
            positions.add(position);
        }
        if (!readable) {
            return null;
        }
        boolean ok = true;
        if (positions.size() > 1 && !positions.getFirst().equals2D(positions.getLast())) {
            if (closeRings) {
                positions.add(positions.getFirst().copy());
                closedRings.add(pointer);
            } else {
                String last = pointer + "/" + (positions.size() - 1);
                problem(ProblemCode.RING_NOT_CLOSED, "ring " + pointer + " is not closed: it starts at "
                        + LonLat.of(positions.getFirst()) + " but ends at " + LonLat.of(positions.getLast())
                        + "; a ring's last position must repeat its first", last, LonLat.of(positions.getLast()));
                ok = false;
            }
        }
        if (positions.size() < 4) {
            problem(ProblemCode.TOO_FEW_POINTS, "ring " + pointer + " has " + positions.size() + " position"
                    + (positions.size() == 1 ? "" : "s") + "; a ring needs at least 4 (a triangle and its closing"
                    + " position)", pointer, positions.isEmpty() ? null : LonLat.of(positions.getFirst()));
            ok = false;
        }
        return ok ? Wgs84.FACTORY.createLinearRing(positions.toArray(Coordinate[]::new)) : null;
    }

    private Coordinate position(JsonNode node, String pointer) {
        if (node == null || !node.isArray()) {
            String hint = node != null && node.isNumber()
                    ? ": the coordinates are nested one level too shallow for a " + type : "";
            problem(ProblemCode.WRONG_TYPE, "position " + pointer + " must be a list [longitude, latitude], got "
                    + describe(node) + hint, pointer, null);
            return null;
        }
        if (node.size() < 2) {
            problem(ProblemCode.POSITION_TOO_SHORT, "position " + pointer + " has " + node.size() + " number"
                    + (node.size() == 1 ? "" : "s") + "; a position needs a longitude and a latitude", pointer, null);
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            ok &= number(node.get(i), pointer + "/" + i, i < 2);
        }
        return ok ? new Coordinate(toDouble(node.get(0)), toDouble(node.get(1))) : null;
    }

    private boolean number(JsonNode node, String pointer, boolean mustBeFinite) {
        if (node.isNumber()) {
            if (mustBeFinite && !Double.isFinite(toDouble(node))) {
                problem(ProblemCode.NOT_FINITE, "coordinate " + pointer + " is " + toDouble(node)
                        + "; coordinates must be finite numbers", pointer, null);
                return false;
            }
            return true;
        }
        String hint = node.isArray() ? ": the coordinates are nested one level too deep for a " + type
                + ("Polygon".equals(type) ? " (is it a MultiPolygon?)" : "")
                : node.isString() ? "; write numbers without quotes" : "";
        problem(ProblemCode.WRONG_TYPE, "coordinate " + pointer + " must be a number, got " + describe(node) + hint,
                pointer, null);
        return false;
    }

    /**
     * The number as a double, infinite when out of range: Jackson's own doubleValue() throws for a
     * big decimal or integer beyond a double's range.
     */
    private static double toDouble(JsonNode number) {
        return number.numberValue().doubleValue();
    }

    private boolean isList(JsonNode node, String pointer, String expected) {
        if (node.isArray()) {
            return true;
        }
        problem(ProblemCode.WRONG_TYPE, pointer + " must be " + expected + ", got " + describe(node), pointer, null);
        return false;
    }

    private void problem(ProblemCode code, String message, String pointer, LonLat at) {
        if (problems.size() < Limits.MAX_REPORTED_PROBLEMS) {
            problems.add(new GeometryProblem(code, message, pointer, at));
        } else {
            unreported++;
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        String kind = node.isObject() ? "an object" : node.isArray() ? "a list" : node.isString() ? "the text"
                : node.isBoolean() ? "true/false" : "the number";
        String text = node.toString();
        return kind + " " + (text.length() <= 40 ? text : text.substring(0, 37) + "...");
    }
}
