package vn.kcnatlas.geo.check;

import java.util.List;

import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeometryProblem;

/**
 * Where a boundary goes, and so which rules about its surroundings it must keep. The caller provides
 * the surroundings (province boundary, neighbouring zones or lots); the rules read nothing themselves.
 */
public sealed interface Placement permits Placement.Anywhere, ZonePlacement, LotPlacement {

    /** What the boundary bounds, which sets its vertex limit. */
    BoundaryKind kind();

    /** The problems with where a valid boundary lies among its surroundings. */
    List<GeometryProblem> problems(MultiPolygon boundary);

    /** A boundary checked on its own, with no surroundings (an administrative unit, or none known). */
    static Placement anywhere(BoundaryKind kind) {
        return new Anywhere(kind);
    }

    record Anywhere(BoundaryKind kind) implements Placement {

        @Override
        public List<GeometryProblem> problems(MultiPolygon boundary) {
            return List.of();
        }
    }
}
