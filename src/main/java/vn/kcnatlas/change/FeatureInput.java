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
 * @param repair whether the writer asked for the boundary to be mended, and what reading it mended
 */
public record FeatureInput(String id, JsonNode properties, Geometry geometry, String comment, BoundaryRepair repair) {

    /**
     * @param repair mend the boundary's faults rather than refuse them: rings left open are closed here,
     *     the rest when the boundary is checked
     * @throws InvalidChangeException naming each fault, when the JSON is no Feature or its geometry is unreadable
     */
    public static FeatureInput read(JsonNode feature, String what, boolean repair) {
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
        JsonNode geometry = feature.get("geometry");
        GeoJsonPolygons.Outcome read = geometry == null || geometry.isNull() ? null
                : GeoJsonPolygons.read(geometry, repair);
        if (read != null && !read.problems().isEmpty()) {
            List<ChangeProblem> problems = new ArrayList<>();
            read.problems().forEach(p -> problems.add(ChangeProblem.of(p)));
            throw new InvalidChangeException(what, problems);
        }
        return new FeatureInput(id == null || id.isNull() ? null : id.asString(), properties,
                read == null ? null : read.geometry(),
                comment == null || comment.isNull() ? null : comment.asString(),
                new BoundaryRepair(repair, read == null ? List.of() : read.closedRings()));
    }

    private static InvalidChangeException invalid(String what, String message, String pointer) {
        return new InvalidChangeException(what, List.of(new ChangeProblem("not-a-feature", message, pointer, null)));
    }
}
