package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.PolygonCheck;
import vn.kcnatlas.geo.ProblemCode;
import vn.kcnatlas.geo.Wgs84;

/**
 * The geometry rules every write path shares, in order:
 * <ol>
 * <li>the GeoJSON itself ({@link GeoJsonPolygons}): type, nesting, numbers, closed rings of 4+ positions;</li>
 * <li>the geometry on its own ({@link PolygonCheck}): not empty, finite, within the vertex limit, in
 * Vietnam, valid as JTS defines it;</li>
 * <li>with {@code repair}, an invalid geometry is mended by GeometryFixer and the change reported
 * ({@link Repair}); one it cannot turn into a non-empty polygon stays refused;</li>
 * <li>its surroundings ({@link Placement}): province, neighbouring zones, the lot's zone and lots;</li>
 * <li>its geodesic area, against the declared area when one is given (a warning past
 * {@link AreaComparison#MISMATCH_TOLERANCE}).</li>
 * </ol>
 * A step runs only when the ones before it found nothing: an unreadable or invalid geometry has no
 * meaningful overlap or area.
 */
public final class GeometryValidator {

    /**
     * @param repair mend what GeometryFixer can mend (and close unclosed rings) instead of refusing it
     * @param declaredAreaHa the area declared for the boundary, to compare with, or null
     */
    public record Options(boolean repair, Double declaredAreaHa) {

        /** Refuse every fault; no declared area. */
        public static final Options STRICT = new Options(false, null);
    }

    private GeometryValidator() {
    }

    /** Validates a GeoJSON geometry object as a client sent it. */
    public static GeometryValidation validate(JsonNode geometry, Placement placement, Options options) {
        GeoJsonPolygons.Outcome read = GeoJsonPolygons.read(geometry, options.repair());
        if (!read.problems().isEmpty()) {
            return GeometryValidation.refused(read.problems(), read.unreported());
        }
        return validate(read.geometry(), read.closedRings(), placement, options);
    }

    /**
     * Validates a geometry already read, e.g. from a GeoPackage or an import file after reprojection;
     * pointers then refer to its GeoJSON form.
     */
    public static GeometryValidation validate(Geometry geometry, Placement placement, Options options) {
        return validate(geometry, List.of(), placement, options);
    }

    private static GeometryValidation validate(Geometry geometry, List<String> closedRings, Placement placement,
            Options options) {
        List<GeometryProblem> faults = PolygonCheck.check(geometry, placement.kind());
        Repair repair = closedRings.isEmpty() ? null : new Repair(closedRings.stream()
                .map(ring -> "closed ring " + ring + " by repeating its first position").toList(), null, null);
        if (!faults.isEmpty()) {
            if (!options.repair() || !faults.stream().allMatch(f -> f.code().repairable())) {
                return GeometryValidation.refused(faults, 0);
            }
            Optional<GeometryRepair.Repaired> repaired = GeometryRepair.fix(geometry, faults,
                    repair == null ? List.of() : repair.changes());
            if (repaired.isEmpty()) {
                List<GeometryProblem> refused = new ArrayList<>(faults);
                refused.add(GeometryProblem.of(ProblemCode.REPAIR_FAILED, "repair could not make a polygon of it:"
                        + " GeometryFixer left nothing with an area"));
                return GeometryValidation.refused(refused, 0);
            }
            geometry = repaired.get().geometry();
            repair = repaired.get().repair();
            List<GeometryProblem> left = PolygonCheck.check(geometry, placement.kind());
            if (!left.isEmpty()) {
                return GeometryValidation.refused(left, 0);
            }
        }
        MultiPolygon boundary = Wgs84.toMultiPolygon(geometry);
        double areaHa = GeodesicArea.hectares(boundary);
        AreaComparison area = options.declaredAreaHa() == null ? null
                : AreaComparison.of(areaHa, options.declaredAreaHa());
        List<GeometryProblem> warnings = area != null && area.mismatch()
                ? List.of(GeometryProblem.of(ProblemCode.AREA_MISMATCH, area.describe() + ", more than "
                        + Math.round(AreaComparison.MISMATCH_TOLERANCE * 100) + " % off"))
                : List.of();
        return new GeometryValidation(boundary, placement.problems(boundary), 0, warnings, repair, areaHa, area);
    }
}
