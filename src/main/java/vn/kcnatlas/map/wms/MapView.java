package vn.kcnatlas.map.wms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.render.LayerRequest;
import vn.kcnatlas.map.render.MapRenderer;
import vn.kcnatlas.text.Decimals;

/**
 * The part of a GetMap request that says what the map shows, which GetFeatureInfo repeats: the layers
 * and their styles, the CRS, the box, the image size and the day.
 *
 * @param layers bottom to top, each with the name of its style (never null) and, for a layer with the
 *     TIME dimension, the day it shows
 * @param box the box in the CRS with x east and y north, whatever the CRS's axis order on the wire
 * @param time the day TIME asks for, or null for now
 */
record MapView(List<LayerRequest> layers, MapCrs crs, Envelope box, int width, int height, LocalDate time) {

    static final String VERSION = "1.3.0";
    static final int MAX_SIZE = 4096;
    static final int MAX_LAYERS = 10;

    MapView {
        layers = List.copyOf(layers);
    }

    /** Reads VERSION, LAYERS, STYLES, TIME, CRS, BBOX, WIDTH and HEIGHT, in that order. */
    static MapView parse(WmsParameters params, WmsCatalog catalog, Clock clock) {
        String version = params.required("VERSION");
        if (!version.equals(VERSION)) {
            throw WmsException.invalid("VERSION", "This server speaks WMS " + VERSION + " only, not " + version);
        }
        LocalDate time = TimeDimension.parse(params, clock);
        List<LayerRequest> layers = layers(params, catalog, time);
        String crsCode = params.required("CRS");
        MapCrs crs = MapCrs.byCode(crsCode).orElseThrow(() -> new WmsException(ExceptionCode.InvalidCRS, "CRS",
                "The CRS '" + crsCode + "' is not offered; use EPSG:4326, CRS:84 or EPSG:3857"));
        Envelope box = box(params.required("BBOX"), crs);
        return new MapView(layers, crs, box, params.integer("WIDTH", 1, MAX_SIZE), params.integer("HEIGHT", 1, MAX_SIZE),
                time);
    }

    private static List<LayerRequest> layers(WmsParameters params, WmsCatalog catalog, LocalDate time) {
        String[] names = params.required("LAYERS").split(",", -1);
        if (names.length > MAX_LAYERS) {
            throw WmsException.invalid("LAYERS", "At most " + MAX_LAYERS + " layers may be drawn at once, not "
                    + names.length);
        }
        String[] styles = params.get("STYLES").map(s -> s.split(",", -1)).orElse(new String[0]);
        boolean allDefault = styles.length == 0;
        if (!allDefault && styles.length != names.length) {
            throw WmsException.invalid("STYLES", "STYLES names " + styles.length + " styles for " + names.length
                    + " layers: give one per layer, or leave it empty for the default styles");
        }
        List<LayerRequest> layers = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            MapLayer layer = catalog.layer(names[i].strip(), "LAYERS");
            layers.add(new LayerRequest(layer, catalog.styleName(layer, allDefault ? null : styles[i], "STYLES"),
                    layer.dated() ? time : null));
        }
        return layers;
    }

    /**
     * Reads a BBOX, which for EPSG:4326 lists latitudes first as WMS 1.3.0 requires. A box reaching
     * beyond the CRS's valid area (latitudes past 90°, Web Mercator past its square world) is drawn, empty
     * where it is outside, as WMS 1.3.0 §7.3.3.6 requires: the features are found only in the world's part.
     */
    static Envelope box(String value, MapCrs crs) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw WmsException.invalid("BBOX", "BBOX must be four numbers minx,miny,maxx,maxy, not '" + value + "'");
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            n[i] = Decimals.parse(part).orElseThrow(
                    () -> WmsException.invalid("BBOX", "BBOX holds '" + part + "', which is not a number"));
        }
        String order = crs.latitudeFirst() ? " (" + crs.code() + " lists minLat,minLon,maxLat,maxLon)" : "";
        if (n[0] >= n[2] || n[1] >= n[3]) {
            throw WmsException.invalid("BBOX", "BBOX " + value + " is empty or inverted: each minimum must be less than"
                    + " its maximum" + order);
        }
        return crs.latitudeFirst() ? new Envelope(n[1], n[3], n[0], n[2]) : new Envelope(n[0], n[2], n[1], n[3]);
    }

    /** The day a layer shows: TIME's for a layer with the dimension, null (now) for the others. */
    LocalDate dayOf(MapLayer layer) {
        return layer.dated() ? time : null;
    }

    /** The past day the map shows, if any layer on it has the TIME dimension; null for now. */
    LocalDate shownDay() {
        return layers.stream().map(LayerRequest::asOf).filter(Objects::nonNull).findFirst().orElse(null);
    }

    Set<MapLayer> mapLayers() {
        return layers.stream().map(LayerRequest::layer).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The longitude/latitude area the map's content depends on: the box and the renderer's margin. */
    Envelope footprint() {
        Envelope padded = new Envelope(box);
        padded.expandBy(MapRenderer.BUFFER_PIXELS * box.getWidth() / width,
                MapRenderer.BUFFER_PIXELS * box.getHeight() / height);
        return crs.toWgs84(padded);
    }

    /** The longitude/latitude box within {@code radius} pixels of the centre of pixel (i, j). */
    Envelope nearPixel(int i, int j, double radius) {
        double resX = box.getWidth() / width;
        double resY = box.getHeight() / height;
        Envelope near = new Envelope(box.getMinX() + (i + 0.5) * resX, box.getMinX() + (i + 0.5) * resX,
                box.getMaxY() - (j + 0.5) * resY, box.getMaxY() - (j + 0.5) * resY);
        near.expandBy(radius * resX, radius * resY);
        return crs.toWgs84(near);
    }

    /** How far, in pixels, a longitude/latitude lies from the centre of pixel (i, j). */
    double pixelDistance(double lon, double lat, int i, int j) {
        Coordinate projected = new Coordinate();
        crs.project(lon, lat, projected);
        double x = (projected.x - box.getMinX()) * width / box.getWidth();
        double y = (box.getMaxY() - projected.y) * height / box.getHeight();
        return Math.hypot(x - (i + 0.5), y - (j + 0.5));
    }

    double scaleDenominator() {
        return Scale.denominator(crs, box, width);
    }

    /** A key that names this view exactly, for the render cache. */
    String key() {
        return layers.stream().map(l -> l.layer().id() + l.dayKey() + "/" + l.theme())
                .collect(Collectors.joining("+")) + ":"
                + crs.code() + ":" + box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY()
                + ":" + width + "x" + height;
    }
}
