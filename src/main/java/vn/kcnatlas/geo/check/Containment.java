package vn.kcnatlas.geo.check;

import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.RingPath;
import vn.kcnatlas.geo.Wgs84;

/**
 * Whether a boundary lies inside the area that should hold it (a zone in its province, a lot in its
 * zone), allowing for boundaries digitized at different scales.
 *
 * @param edgeMetres how far past the container's edge the boundary may reach anywhere
 * @param areaShare what share of the boundary's area may lie outside, however far out
 */
public record Containment(double edgeMetres, double areaShare) {

    /**
     * What lies outside beyond the tolerance.
     *
     * @param share of the boundary's own area
     * @param at a position outside: the first vertex past the tolerance, else a point inside the outside part
     * @param pointer that vertex's pointer, or null
     */
    public record Outside(double hectares, double share, LonLat at, String pointer) {

        /** "2.31 ha lies outside (4.2 % of it), e.g. at [105.9, 10.6]". */
        public String describe() {
            return String.format(Locale.ROOT, "%s lies outside (%.1f %% of it), e.g. at %s", Hectares.format(hectares),
                    share * 100, at);
        }
    }

    /** "up to 50 m past the edge or 1 % of the area", for messages. */
    public String describe() {
        String edge = String.format(Locale.ROOT, "up to %.0f m past the edge", edgeMetres);
        return areaShare > 0 ? edge + String.format(Locale.ROOT, " or %.0f %% of the area", areaShare * 100) : edge;
    }

    /** What of {@code boundary} lies outside {@code container} beyond this tolerance, if anything does. */
    public Optional<Outside> outside(Geometry boundary, Geometry container) {
        double edgeDegrees = Metres.inDegrees(edgeMetres);
        Envelope box = boundary.getEnvelopeInternal();
        box.expandBy(2 * edgeDegrees);
        // Only the container's part near the boundary matters; buffering a whole province would be slow.
        Geometry near = OverlayNGRobust.overlay(container, Wgs84.FACTORY.toGeometry(box), OverlayNG.INTERSECTION);
        PreparedGeometry allowed = PreparedGeometryFactory.prepare(near.buffer(edgeDegrees));
        if (allowed.covers(boundary)) {
            return Optional.empty();
        }
        Geometry outsidePart = Polygonal.of(OverlayNGRobust.overlay(boundary, near, OverlayNG.DIFFERENCE));
        double hectares = GeodesicArea.hectares(outsidePart);
        double share = hectares / GeodesicArea.hectares(boundary);
        if (share <= areaShare) {
            return Optional.empty();
        }
        for (RingPath ring : RingPath.of(boundary)) {
            Coordinate[] positions = ring.ring().getCoordinates();
            for (int i = 0; i < positions.length; i++) {
                if (!allowed.covers(Wgs84.FACTORY.createPoint(positions[i]))) {
                    return Optional.of(new Outside(hectares, share, LonLat.of(positions[i]), ring.vertex(i)));
                }
            }
        }
        return Optional.of(new Outside(hectares, share, Polygonal.pointInLargestPart(outsidePart), null));
    }
}
