package vn.kcnatlas.geo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.LonLat;

/**
 * How much two neighbours may overlap: boundaries digitized separately along a shared road or fence
 * overlap in thin slivers, which are tolerated; a real overlap is not.
 *
 * @param hectares an overlap up to this area is tolerated whatever the sizes
 * @param shareOfSmaller an overlap up to this share of the smaller of the two areas is tolerated
 */
public record Overlap(double hectares, double shareOfSmaller) {

    /** An overlap past the tolerance, with a point inside it. */
    public record Found(NamedArea other, double hectares, LonLat at) {
    }

    /** "up to 0.10 ha or 1 % of the smaller area", for messages. */
    public String describe() {
        String absolute = "up to " + Hectares.format(hectares);
        return shareOfSmaller > 0
                ? absolute + String.format(Locale.ROOT, " or %.0f %% of the smaller area", shareOfSmaller * 100)
                : absolute;
    }

    /** The neighbours {@code boundary} overlaps beyond this tolerance, in the order given. */
    public List<Found> find(Geometry boundary, List<NamedArea> neighbours) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(boundary);
        List<Found> found = new ArrayList<>();
        for (NamedArea other : neighbours) {
            if (other.boundary() == null || !prepared.intersects(other.boundary())) {
                continue;
            }
            Geometry common = Polygonal.of(OverlayNGRobust.overlay(boundary, other.boundary(), OverlayNG.INTERSECTION));
            double overlap = GeodesicArea.hectares(common);
            // Measuring a large boundary on the ellipsoid is slow; only an overlap past the absolute part needs it.
            if (overlap > hectares && overlap > shareOfSmaller * Math.min(GeodesicArea.hectares(boundary),
                    GeodesicArea.hectares(other.boundary()))) {
                found.add(new Found(other, overlap, Polygonal.pointInLargestPart(common)));
            }
        }
        return found;
    }
}
