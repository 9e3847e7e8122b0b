package vn.kcnatlas.geo;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A longitude/latitude box: west, south, east, north, as {@code bbox} parameters give it. A west
 * greater than the east is a box across the antimeridian, as GeoJSON (RFC 7946 §5.2) and OGC API
 * Features have it: from the west edge to 180° and on from -180° to the east edge.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        // Across the antimeridian, an edge on it is the same meridian as its other name: -180 is 180.
        if (minLon > maxLon && minLon == 180) {
            minLon = -180;
        } else if (minLon > maxLon && maxLon == -180) {
            maxLon = 180;
        }
        if (Double.isNaN(minLon) || Double.isNaN(maxLon) || minLon == maxLon || !(minLat < maxLat)) {
            throw new IllegalArgumentException("bbox is empty or inverted: west must differ from east"
                    + " and south be less than north (got " + minLon + "," + minLat + "," + maxLon + "," + maxLat + ")");
        }
        if (minLon < -180 || maxLon > 180 || minLon > 180 || maxLon < -180 || minLat < -90 || maxLat > 90) {
            throw new IllegalArgumentException("bbox is outside longitude -180..180 / latitude -90..90");
        }
    }

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat}; a box across the antimeridian is refused, as the
     * APIs that take this form have always required west less than east.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox needs four numbers minLon,minLat,maxLon,maxLat; got "
                    + parts.length + " value(s)");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a number: '" + parts[i] + "'");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a finite number");
            }
        }
        if (!(values[0] < values[2])) {
            throw new IllegalArgumentException("bbox is empty or inverted: west must be less than east"
                    + " and south less than north (got " + values[0] + "," + values[1] + "," + values[2] + ","
                    + values[3] + ")");
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /** The box as boxes that do not cross the antimeridian: itself, or its parts either side of it. */
    public List<BoundingBox> parts() {
        return crossesAntimeridian()
                ? List.of(new BoundingBox(minLon, minLat, 180, maxLat), new BoundingBox(-180, minLat, maxLon, maxLat))
                : List.of(this);
    }

    /** Whether a longitude/latitude geometry meets the box (either part of it, across the antimeridian). */
    public boolean meets(Geometry geometry) {
        return parts().stream().anyMatch(part -> geometry.intersects(geometry.getFactory().toGeometry(
                new Envelope(part.minLon, part.maxLon, part.minLat, part.maxLat))));
    }
}
