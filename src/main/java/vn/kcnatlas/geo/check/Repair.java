package vn.kcnatlas.geo.check;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.GeodesicArea;

/**
 * What a repair changed, in words and in figures: a repair is never silent.
 *
 * @param changes one sentence per change, e.g. "1 polygon became 2"
 * @param before the geometry's figures before GeometryFixer ran, or null when it did not run
 * @param after its figures after, or null when it did not run
 */
public record Repair(List<String> changes, Figures before, Figures after) {

    public Repair {
        changes = List.copyOf(changes);
    }

    /** The changes in one line, e.g. "fixed: self-intersection at [105.5, 10.5]; 1 polygon became 2; …". */
    public String summary() {
        return String.join("; ", changes);
    }

    /** What a repair may change about a polygonal geometry. */
    public record Figures(int polygons, int holes, int vertices, double areaHa) {

        public static Figures of(Geometry polygonal) {
            int holes = 0;
            for (int i = 0; i < polygonal.getNumGeometries(); i++) {
                if (polygonal.getGeometryN(i) instanceof Polygon polygon) {
                    holes += polygon.getNumInteriorRing();
                }
            }
            return new Figures(polygonal.isEmpty() ? 0 : polygonal.getNumGeometries(), holes, polygonal.getNumPoints(),
                    GeodesicArea.hectares(polygonal));
        }
    }
}
