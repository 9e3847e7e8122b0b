package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

import vn.kcnatlas.geo.GeometryProblem;

/** Mends an invalid polygonal geometry with JTS's GeometryFixer and says what that changed. */
final class GeometryRepair {

    /** The mended geometry and the account of what changed. */
    record Repaired(Geometry geometry, Repair repair) {
    }

    private GeometryRepair() {
    }

    /**
     * Fixes the faults, or gives nothing when the fix is not a non-empty polygon (a ring collapsed to a
     * line has no area to keep).
     *
     * @param earlierChanges changes made before, while reading (closed rings), to report with these
     */
    static Optional<Repaired> fix(Geometry invalid, List<GeometryProblem> faults, List<String> earlierChanges) {
        Geometry fixed = GeometryFixer.fix(invalid);
        if (fixed.isEmpty() || !(fixed instanceof Polygon || fixed instanceof MultiPolygon)) {
            return Optional.empty();
        }
        Repair.Figures before = Repair.Figures.of(invalid);
        Repair.Figures after = Repair.Figures.of(fixed);
        List<String> changes = new ArrayList<>(earlierChanges);
        faults.forEach(fault -> changes.add("fixed: " + fault.message()));
        changed(changes, before.polygons(), after.polygons(), "polygon");
        changed(changes, before.holes(), after.holes(), "hole");
        changes.add(before.areaHa() == after.areaHa() ? "area unchanged at " + Hectares.format(after.areaHa())
                : "area changed from " + Hectares.format(before.areaHa()) + " to " + Hectares.format(after.areaHa()));
        int vertices = after.vertices() - before.vertices();
        if (vertices != 0) {
            changes.add(Math.abs(vertices) + (Math.abs(vertices) == 1 ? " vertex " : " vertices ")
                    + (vertices > 0 ? "added" : "removed"));
        }
        return Optional.of(new Repaired(fixed, new Repair(changes, before, after)));
    }

    private static void changed(List<String> changes, int before, int after, String what) {
        if (before != after) {
            changes.add(before + " " + what + (before == 1 ? "" : "s") + " became " + after);
        }
    }
}
