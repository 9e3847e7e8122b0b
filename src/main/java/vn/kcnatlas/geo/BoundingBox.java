package vn.kcnatlas.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.text.Decimals;

/** A longitude/latitude box: west, south, east, north, as {@code bbox} parameters give it. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon < maxLon) || !(minLat < maxLat)) {
            throw new IllegalArgumentException("bbox is empty or inverted: west must be less than east"
                    + " and south less than north (got " + minLon + "," + minLat + "," + maxLon + "," + maxLat + ")");
        }
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw new IllegalArgumentException("bbox is outside longitude -180..180 / latitude -90..90");
        }
    }

    /**
     * Parses {@code minLon,minLat,maxLon,maxLat}.
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
            String part = parts[i].trim();
            int at = i;
            values[i] = Decimals.parse(part).orElseThrow(() -> new IllegalArgumentException("bbox value " + (at + 1)
                    + (Decimals.NOT_FINITE.matcher(part).matches() ? " is not a finite number"
                            : " is not a number: '" + parts[at] + "'")));
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    public Envelope envelope() {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    public Polygon polygon() {
        return (Polygon) Wgs84.FACTORY.toGeometry(envelope());
    }
}
