package vn.kcnatlas.map.wms;

import java.util.OptionalDouble;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapLayer;

/**
 * Scale denominators as WMS and SLD define them: a pixel is 0.28 mm on screen, and for geographic CRSs a
 * degree counts as its length on the equator of the WGS 84 sphere. This is the measure the renderer's
 * zoom levels use, so a layer's advertised scale range matches the zooms at which it is drawn.
 */
final class Scale {

    /** The standardized rendering pixel size of WMS 1.3.0 and SLD 1.1, in metres. */
    private static final double PIXEL_SIZE = 0.00028;
    private static final double METRES_PER_DEGREE = 2 * MapCrs.MERCATOR_HALF_WORLD / 360;
    /** Metres per pixel of a 256-pixel web-map tile at zoom 0. */
    private static final double ZOOM0_RESOLUTION = 2 * MapCrs.MERCATOR_HALF_WORLD / 256;

    private Scale() {
    }

    /** The scale denominator of an image {@code width} pixels wide showing {@code box} of {@code crs}. */
    static double denominator(MapCrs crs, Envelope box, int width) {
        double metres = crs.geographic() ? box.getWidth() * METRES_PER_DEGREE : box.getWidth();
        return metres / width / PIXEL_SIZE;
    }

    /** The scale denominator of a web-map zoom level: zoom 13 is about 1:68,247. */
    static double ofZoom(int zoom) {
        return ZOOM0_RESOLUTION / Math.pow(2, zoom) / PIXEL_SIZE;
    }

    /**
     * The largest scale denominator at which a layer is shown, none for a layer shown at every scale.
     * Lots appear from zoom 13, so from 1:68,247 inwards.
     */
    static OptionalDouble maxDenominator(MapLayer layer) {
        return layer.minZoom() == 0 ? OptionalDouble.empty() : OptionalDouble.of(ofZoom(layer.minZoom()));
    }
}
