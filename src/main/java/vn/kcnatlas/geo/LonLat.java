package vn.kcnatlas.geo;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;

/** A position as GeoJSON writes it, longitude first: where a problem lies, for people and for clients. */
public record LonLat(double lon, double lat) {

    public static LonLat of(Coordinate c) {
        return new LonLat(c.x, c.y);
    }

    /** [lon, lat], the form a GeoJSON client reads. */
    public List<Double> toList() {
        return List.of(lon, lat);
    }

    /** "[105.812345, 10.51]": six decimals (about 0.1 m), trailing zeros dropped; huge values in E notation. */
    @Override
    public String toString() {
        return "[" + format(lon) + ", " + format(lat) + "]";
    }

    private static String format(double value) {
        String pattern = Math.abs(value) < 1e9 ? "0.######" : "0.###E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
