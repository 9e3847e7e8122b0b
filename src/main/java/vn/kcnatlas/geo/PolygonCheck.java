package vn.kcnatlas.geo;

import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules a boundary must keep on its own, whoever hands it to us (an import file, a GeoPackage, the
 * write API): the right type, not empty, finite, not too detailed, where a Vietnamese boundary can be,
 * and valid as JTS defines it (OGC simple features). Each problem says what and where. Faults that a
 * JTS geometry cannot even hold (an unclosed ring, text for a number) are found earlier, on the JSON, by
 * {@code geo.check.GeoJsonPolygons}.
 */
public final class PolygonCheck {

    /** Vietnam with its islands, generously: a coordinate outside it means another CRS or swapped axes. */
    public static final Envelope VIETNAM = new Envelope(102.0, 118.0, 6.0, 24.0);

    private PolygonCheck() {
    }

    /** The problems as messages, for callers that report text (import reports, attribute rules). */
    public static List<String> problems(Geometry geometry, BoundaryKind kind) {
        return check(geometry, kind).stream().map(GeometryProblem::message).toList();
    }

    /**
     * The geometry's problems, at most one: once a geometry is in the wrong place or of the wrong kind,
     * whatever else is wrong with it is noise, and IsValidOp itself stops at the first fault.
     */
    public static List<GeometryProblem> check(Geometry geometry, BoundaryKind kind) {
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            return List.of(new GeometryProblem(ProblemCode.WRONG_TYPE, "a " + kind.label()
                    + " must be a Polygon or MultiPolygon, got a " + geometry.getGeometryType(), "/type", null));
        }
        if (geometry.isEmpty()) {
            return List.of(new GeometryProblem(ProblemCode.EMPTY, "the geometry is empty", "/coordinates", null));
        }
        for (int p = 0; p < geometry.getNumGeometries(); p++) {
            if (geometry.getGeometryN(p).isEmpty()) {
                return List.of(new GeometryProblem(ProblemCode.EMPTY, "polygon /coordinates/" + p + " is empty",
                        "/coordinates/" + p, null));
            }
        }
        List<RingPath> rings = RingPath.of(geometry);
        for (RingPath ring : rings) {
            Coordinate[] positions = ring.ring().getCoordinates();
            for (int i = 0; i < positions.length; i++) {
                if (!Double.isFinite(positions[i].x) || !Double.isFinite(positions[i].y)) {
                    return List.of(new GeometryProblem(ProblemCode.NOT_FINITE, "position " + ring.vertex(i)
                            + " is not a finite number pair", ring.vertex(i), null));
                }
            }
        }
        int vertices = geometry.getNumPoints();
        if (vertices > kind.maxVertices()) {
            return List.of(GeometryProblem.of(ProblemCode.TOO_MANY_VERTICES, String.format(Locale.ROOT,
                    "the geometry has %,d positions; a %s may have at most %,d: simplify it", vertices, kind.label(),
                    kind.maxVertices())));
        }
        for (RingPath ring : rings) {
            Coordinate[] positions = ring.ring().getCoordinates();
            for (int i = 0; i < positions.length; i++) {
                if (!VIETNAM.contains(positions[i])) {
                    return List.of(outsideVietnam(ring.vertex(i), positions[i]));
                }
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        return error == null ? List.of() : List.of(ValidityErrors.problem(geometry, error));
    }

    private static GeometryProblem outsideVietnam(String pointer, Coordinate c) {
        LonLat at = LonLat.of(c);
        String hint = VIETNAM.contains(c.y, c.x) ? "latitude and longitude look swapped: GeoJSON puts longitude first"
                : "the coordinates may be in another CRS than EPSG:4326 / CRS84 (metres?), or have latitude and"
                        + " longitude swapped";
        return new GeometryProblem(ProblemCode.OUTSIDE_VIETNAM, String.format(Locale.ROOT,
                "position %s %s is outside Vietnam (longitude %.0f–%.0f°E, latitude %.0f–%.0f°N): %s", pointer, at,
                VIETNAM.getMinX(), VIETNAM.getMaxX(), VIETNAM.getMinY(), VIETNAM.getMaxY(), hint), pointer, at);
    }
}
