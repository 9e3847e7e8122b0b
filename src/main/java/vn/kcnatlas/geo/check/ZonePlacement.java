package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.ProblemCode;

/**
 * A zone's boundary lies inside its province and overlaps no other zone, each within a tolerance.
 *
 * @param province the zone's province, or null; a province without a boundary is not checked
 * @param otherZones every zone but the one being written
 */
public record ZonePlacement(NamedArea province, AreasNear otherZones) implements Placement {

    /**
     * A zone may reach up to 50 m past its province's boundary, or have up to 1 % of its area outside
     * it: province boundaries come from 1:50,000–1:100,000 maps, on which a drawn line is 25–50 m wide,
     * so a zone on the border of a province always strays a little.
     */
    public static final Containment IN_PROVINCE = new Containment(50, 0.01);

    /**
     * Two zones may overlap by up to 0.1 ha or 1 % of the smaller one: a 1 m misalignment along a
     * 1 km shared edge is 0.1 ha. More is two zones claiming the same land.
     */
    public static final Overlap ZONE_OVERLAP = new Overlap(0.1, 0.01);

    @Override
    public BoundaryKind kind() {
        return BoundaryKind.ZONE;
    }

    @Override
    public List<GeometryProblem> problems(MultiPolygon boundary) {
        List<GeometryProblem> problems = new ArrayList<>();
        if (province != null && province.boundary() != null) {
            IN_PROVINCE.outside(boundary, province.boundary()).ifPresent(outside -> problems.add(new GeometryProblem(
                    ProblemCode.OUTSIDE_PROVINCE, "the boundary reaches outside province " + province.label() + ": "
                            + outside.describe() + "; " + IN_PROVINCE.describe() + " is tolerated",
                    outside.pointer(), outside.at())));
        }
        for (Overlap.Found found : ZONE_OVERLAP.find(boundary, otherZones.near(boundary.getEnvelopeInternal()))) {
            problems.add(new GeometryProblem(ProblemCode.OVERLAPS_ZONE, "the boundary overlaps zone "
                    + found.other().label() + " by " + Hectares.format(found.hectares()) + " around " + found.at() + "; "
                    + ZONE_OVERLAP.describe() + " is tolerated", null, found.at()));
        }
        return problems;
    }
}
