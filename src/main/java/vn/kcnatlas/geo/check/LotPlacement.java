package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.ProblemCode;

/**
 * A lot lies inside its zone and overlaps no other lot of the zone, each within a tolerance.
 *
 * @param zone the lot's zone; a zone without a boundary cannot hold lots
 * @param otherLots the zone's other lots: every lot of the zone but the one being written
 */
public record LotPlacement(NamedArea zone, AreasNear otherLots) implements Placement {

    /** A lot digitized on its zone's edge may stray over it by up to 1 m, and no further. */
    public static final Containment IN_ZONE = new Containment(1, 0);

    /** Neighbouring lots share edges; an overlap of more than 10 m² is two lots claiming the same land. */
    public static final Overlap LOT_OVERLAP = new Overlap(0.001, 0);

    @Override
    public BoundaryKind kind() {
        return BoundaryKind.LOT;
    }

    @Override
    public List<GeometryProblem> problems(MultiPolygon boundary) {
        if (zone.boundary() == null) {
            return List.of(GeometryProblem.of(ProblemCode.ZONE_HAS_NO_BOUNDARY,
                    "zone '" + zone.code() + "' has no boundary yet, so it cannot hold lots"));
        }
        List<GeometryProblem> problems = new ArrayList<>();
        IN_ZONE.outside(boundary, zone.boundary()).ifPresent(outside -> problems.add(new GeometryProblem(
                ProblemCode.LOT_OUTSIDE_ZONE, "lot lies partly outside zone '" + zone.code() + "': "
                        + outside.describe() + "; " + IN_ZONE.describe() + " is tolerated",
                outside.pointer(), outside.at())));
        for (Overlap.Found found : LOT_OVERLAP.find(boundary, otherLots.near(boundary.getEnvelopeInternal()))) {
            problems.add(new GeometryProblem(ProblemCode.LOT_OVERLAPS_LOT, "lot overlaps lot '" + found.other().code()
                    + "' of zone '" + zone.code() + "' by " + Hectares.format(found.hectares()) + " around "
                    + found.at() + "; " + LOT_OVERLAP.describe() + " is tolerated", null, found.at()));
        }
        return problems;
    }
}
