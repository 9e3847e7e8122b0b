package vn.kcnatlas.geo.check;

import java.util.List;

import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.GeometryProblem;

/**
 * What validating a boundary found.
 *
 * @param geometry the boundary as checked (repaired, if it was), a MultiPolygon with SRID 4326 ready for
 *                 the store; null when the JSON could not be read as one or it could not be mended. After a
 *                 repair, problems found later point into this geometry, not the one sent: an answer should
 *                 then return it
 * @param problems why it is refused; empty when it is accepted
 * @param unreportedProblems how many more problems were found than are listed
 * @param warnings what the writer should know but does not stop the write (area mismatch)
 * @param repair what a repair changed, or null when nothing was repaired
 * @param areaHa the geodesic area of {@code geometry}, or null without one
 * @param area the comparison with the declared area, or null when none was declared or there is no geometry
 */
public record GeometryValidation(MultiPolygon geometry, List<GeometryProblem> problems, int unreportedProblems,
        List<GeometryProblem> warnings, Repair repair, Double areaHa, AreaComparison area) {

    public GeometryValidation {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static GeometryValidation refused(List<GeometryProblem> problems, int unreportedProblems) {
        return new GeometryValidation(null, problems, unreportedProblems, List.of(), null, null, null);
    }

    /** Whether the boundary may be written. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /**
     * The boundary to write.
     *
     * @throws IllegalStateException when it was refused
     */
    public MultiPolygon accepted() {
        if (!valid()) {
            throw new IllegalStateException("the geometry was refused: " + problems.getFirst().message());
        }
        return geometry;
    }
}
