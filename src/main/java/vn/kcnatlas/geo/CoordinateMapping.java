package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** A map from one coordinate system's x/y to another's, applied to every vertex of a geometry. */
@FunctionalInterface
public interface CoordinateMapping {

    /** Maps (x, y) and writes the result into {@code out}. */
    void map(double x, double y, Coordinate out);

    /** A copy of the geometry with every coordinate mapped. */
    default Geometry applyTo(Geometry geometry) {
        Geometry copy = geometry.copy();
        Coordinate out = new Coordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                map(seq.getX(i), seq.getY(i), out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
