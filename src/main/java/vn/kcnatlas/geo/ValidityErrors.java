package vn.kcnatlas.geo;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.distance.DistanceToPoint;
import org.locationtech.jts.algorithm.distance.PointPairDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns the first fault JTS's IsValidOp finds into a problem that names the ring, and the position when
 * the fault is at one. IsValidOp gives only a point, so the ring is found as the one through it.
 */
final class ValidityErrors {

    /** How near a ring must pass to the reported point to be the ring at fault: far below a millimetre. */
    private static final double ON_RING_DEGREES = 1e-9;

    private ValidityErrors() {
    }

    static GeometryProblem problem(Geometry geometry, TopologyValidationError error) {
        Coordinate point = error.getCoordinate();
        LonLat at = LonLat.of(point);
        List<RingPath> rings = RingPath.of(geometry).stream().filter(r -> passesThrough(r, point)).toList();
        RingPath ring = rings.isEmpty() ? null : rings.getFirst();
        String ringName = ring == null ? "a ring" : ring.describe();
        String ringPointer = ring == null ? null : ring.pointer();
        String where = ring == null ? "" : " in " + ringName;
        String pointer = ring == null ? null : vertexAt(ring, point).orElse(ringPointer);
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    new GeometryProblem(ProblemCode.SELF_INTERSECTION, rings.size() > 1
                            ? rings.get(0).describe() + " crosses " + rings.get(1).describe() + " at " + at
                            : "self-intersection at " + at + where, pointer, at);
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> new GeometryProblem(ProblemCode.HOLE_OUTSIDE_SHELL,
                    ringName + " lies outside its polygon's shell, at " + at, ringPointer, at);
            case TopologyValidationError.NESTED_HOLES -> new GeometryProblem(ProblemCode.NESTED_HOLES,
                    ringName + " lies inside another hole, at " + at, ringPointer, at);
            case TopologyValidationError.NESTED_SHELLS -> new GeometryProblem(ProblemCode.NESTED_SHELLS,
                    "polygon " + (ring == null ? "" : ring.polygonPointer() + " ") + "lies inside another polygon of"
                            + " the MultiPolygon, at " + at + "; write it as a hole of that polygon, or leave it out",
                    ring == null ? null : ring.polygonPointer(), at);
            case TopologyValidationError.DISCONNECTED_INTERIOR -> new GeometryProblem(
                    ProblemCode.DISCONNECTED_INTERIOR, "holes touch the shell or each other at " + at + where
                            + " so that they cut the polygon in pieces; draw the pieces as separate polygons",
                    pointer, at);
            case TopologyValidationError.TOO_FEW_POINTS -> new GeometryProblem(ProblemCode.TOO_FEW_POINTS,
                    ringName + " has fewer than 3 distinct positions: it is a line or a point, not an area (near "
                            + at + ")", ringPointer, at);
            default -> new GeometryProblem(ProblemCode.INVALID, "the geometry is invalid: " + error.getMessage()
                    + " at " + at + where, pointer, at);
        };
    }

    private static boolean passesThrough(RingPath ring, Coordinate point) {
        PointPairDistance distance = new PointPairDistance();
        DistanceToPoint.computeDistance(ring.ring(), point, distance);
        return distance.getDistance() <= ON_RING_DEGREES;
    }

    private static Optional<String> vertexAt(RingPath ring, Coordinate point) {
        Coordinate[] positions = ring.ring().getCoordinates();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i].equals2D(point)) {
                return Optional.of(ring.vertex(i));
            }
        }
        return Optional.empty();
    }
}
