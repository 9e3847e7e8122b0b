package vn.kcnatlas.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A ring of a Polygon or MultiPolygon and where it sits in the geometry's GeoJSON form, so a problem
 * found on the JTS geometry can point into the JSON the client sent: a geometry read from GeoJSON keeps
 * its type and the order of its rings and positions.
 *
 * @param polygon the polygon's index in a MultiPolygon, 0 in a Polygon
 * @param index 0 for the shell, 1… for the holes
 */
public record RingPath(String polygonPointer, int polygon, int index, LinearRing ring) {

    /** Every ring, polygon by polygon, shell first. */
    public static List<RingPath> of(Geometry polygonal) {
        List<RingPath> rings = new ArrayList<>();
        boolean multi = polygonal instanceof MultiPolygon;
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            if (polygonal.getGeometryN(p) instanceof Polygon polygon && !polygon.isEmpty()) {
                String polygonPointer = multi ? "/coordinates/" + p : "/coordinates";
                rings.add(new RingPath(polygonPointer, p, 0, polygon.getExteriorRing()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(new RingPath(polygonPointer, p, h + 1, polygon.getInteriorRingN(h)));
                }
            }
        }
        return rings;
    }

    /** The ring's pointer, e.g. {@code /coordinates/0/1} for the first hole of a MultiPolygon's first polygon. */
    public String pointer() {
        return polygonPointer + "/" + index;
    }

    /** The pointer of the ring's {@code i}th position. */
    public String vertex(int i) {
        return pointer() + "/" + i;
    }

    public boolean shell() {
        return index == 0;
    }

    /** "ring /coordinates/0" or "hole /coordinates/0/1": what a message calls it. */
    public String describe() {
        return (shell() ? "ring " : "hole ") + pointer();
    }
}
