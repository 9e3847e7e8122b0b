package vn.kcnatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.check.GeoJsonPolygons;
import vn.kcnatlas.text.Utf8;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). Coordinates are CRS84 as RFC 7946 says,
 * unless the file carries an old-style {@code crs} member naming another CRS, which is honoured.
 */
final class GeoJsonFeatureReader {

    private GeoJsonFeatureReader() {
    }

    static FeatureFile read(InputStream in, String fileName, JsonMapper json) throws UnreadableFileException {
        JsonNode root;
        try {
            // The stream stays the caller's to close.
            root = json.readTree(Utf8.reader(in));
        } catch (IOException e) {
            throw Utf8.isEncodingFault(e) ? notUtf8(fileName)
                    : new UnreadableFileException("Cannot read " + fileName + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            if (Utf8.isEncodingFault(e)) {
                throw notUtf8(fileName);
            }
            TokenStreamLocation at = e.getLocation();
            throw new UnreadableFileException(fileName + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new UnreadableFileException(fileName + " is not a GeoJSON object");
        }
        String type = root.path("type").asString("");
        List<JsonNode> nodes = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> {
                if (!root.path("features").isArray()) {
                    throw new UnreadableFileException(fileName + ": a FeatureCollection needs a 'features' list");
                }
                root.path("features").forEach(nodes::add);
            }
            case "Feature" -> nodes.add(root);
            default -> throw new UnreadableFileException(fileName + " is GeoJSON of type '" + type
                    + "'; expected a FeatureCollection or a Feature");
        }
        CoordinateSystems.Reprojection crs = root.hasNonNull("crs")
                ? CoordinateSystems.fromName(root.path("crs").path("properties").path("name").asString(""))
                : CoordinateSystems.Reprojection.NONE;
        List<SourceFeature> features = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            features.add(feature(i + 1, nodes.get(i), crs));
        }
        return new FeatureFile(fileName, features);
    }

    private static UnreadableFileException notUtf8(String fileName) {
        return new UnreadableFileException(fileName + " is not UTF-8 text; GeoJSON is UTF-8 (RFC 7946)");
    }

    static FeatureFile read(java.nio.file.Path path, JsonMapper json) throws UnreadableFileException {
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return read(in, path.getFileName().toString(), json);
        } catch (IOException e) {
            throw new UnreadableFileException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static SourceFeature feature(int index, JsonNode node, CoordinateSystems.Reprojection crs) {
        JsonNode id = node.get("id");
        String featureId = id == null || id.isNull() ? null : id.asString();
        JsonNode properties = node.get("properties");
        JsonNode geometryNode = node.get("geometry");
        Geometry geometry = null;
        String geometryProblem = null;
        if (!"Feature".equals(node.path("type").asString(""))) {
            geometryProblem = "is not a GeoJSON Feature (its type is '" + node.path("type").asString("") + "')";
        } else if (geometryNode != null && !geometryNode.isNull()) {
            GeoJsonPolygons.Outcome read = GeoJsonPolygons.read(geometryNode, false);
            if (read.problems().isEmpty()) {
                geometry = crs.apply(read.geometry());
            } else {
                geometryProblem = "not a valid GeoJSON geometry: " + read.problems().stream()
                        .map(GeometryProblem::message).collect(Collectors.joining("; "))
                        + (read.unreported() == 0 ? "" : "; and " + read.unreported() + " more problems");
            }
        }
        return new SourceFeature(index, featureId, properties, geometry, geometryProblem);
    }
}
