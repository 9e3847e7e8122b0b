package vn.kcnatlas.change;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.check.GeoJsonPolygons;

/**
 * A GeoJSON Feature sent to be written (or kept in history to be restored), taken apart: its id, its
 * properties, its geometry read with every fault named by JSON pointer, and the reason for the change,
 * which travels as the feature's foreign member {@code comment}.
 *
 * @param geometry null for a feature whose geometry is null
 */
public record FeatureInput(String id, JsonNode properties, Geometry geometry, String comment) {

    /** @throws InvalidChangeException naming each fault, when the JSON is no Feature or its geometry is unreadable */
    public static FeatureInput read(JsonNode feature, String what) {
        if (feature == null || !feature.isObject()) {
            throw invalid(what, "a " + what + " is sent as a GeoJSON Feature object", "");
        }
        if (!"Feature".equals(feature.path("type").asString(""))) {
            throw invalid(what, "\"type\" must be \"Feature\"", "/type");
        }
        JsonNode properties = feature.get("properties");
        if (properties != null && !properties.isNull() && !properties.isObject()) {
            throw invalid(what, "\"properties\" must be an object", "/properties");
        }
        JsonNode id = feature.get("id");
        if (id != null && !id.isNull() && !id.isString()) {
            throw invalid(what, "\"id\" must be text", "/id");
        }
        JsonNode comment = feature.get("comment");
        if (comment != null && !comment.isNull() && !comment.isString()) {
            throw invalid(what, "\"comment\", the reason for the change, must be text", "/comment");
        }
        return new FeatureInput(id == null || id.isNull() ? null : id.asString(), properties,
                geometry(feature.get("geometry"), what),
                comment == null || comment.isNull() ? null : comment.asString());
    }

    private static Geometry geometry(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        GeoJsonPolygons.Outcome read = GeoJsonPolygons.read(node, false);
        if (!read.problems().isEmpty()) {
            List<ChangeProblem> problems = new ArrayList<>();
            read.problems().forEach(p -> problems.add(ChangeProblem.of(p)));
            throw new InvalidChangeException(what, problems);
        }
        return read.geometry();
    }

    private static InvalidChangeException invalid(String what, String message, String pointer) {
        return new InvalidChangeException(what, List.of(new ChangeProblem("not-a-feature", message, pointer, null)));
    }
}
