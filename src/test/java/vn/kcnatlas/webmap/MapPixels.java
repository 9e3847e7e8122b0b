package vn.kcnatlas.webmap;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a longitude and latitude fall on the web map, in CSS pixels from the map container's top left:
 * Web Mercator at the view the page writes in its address ({@code map=zoom/lat/lon}), the map's centre
 * at the container's centre, as Leaflet draws it.
 */
record MapPixels(int zoom, double centerLat, double centerLon, double width, double height) {

    private static final Pattern VIEW = Pattern.compile("map=(\\d+)/(-?[\\d.]+)/(-?[\\d.]+)");

    /** The view named by a query string and a map container of this size. */
    static MapPixels of(String query, double width, double height) {
        Matcher view = VIEW.matcher(query);
        if (!view.find()) {
            throw new IllegalStateException("no map view in " + query);
        }
        return new MapPixels(Integer.parseInt(view.group(1)), Double.parseDouble(view.group(2)),
                Double.parseDouble(view.group(3)), width, height);
    }

    /** {x, y} from the container's top left. */
    double[] of(double lon, double lat) {
        return new double[] {width / 2 + worldX(lon) - worldX(centerLon), height / 2 + worldY(lat) - worldY(centerLat)};
    }

    private double worldSize() {
        return 256 * Math.pow(2, zoom);
    }

    private double worldX(double lon) {
        return (lon + 180) / 360 * worldSize();
    }

    private double worldY(double lat) {
        double sin = Math.sin(Math.toRadians(lat));
        return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * worldSize();
    }
}
