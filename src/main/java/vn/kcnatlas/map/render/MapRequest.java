package vn.kcnatlas.map.render;

import java.awt.Color;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.MapCrs;

/**
 * What to draw: a box of a CRS (x east, y north, whatever the CRS's axis order on the wire), an image
 * size, the layers bottom to top, and the background.
 *
 * @param pixelRatio 1 for ordinary images, 2 for high-DPI ones: lines, markers and labels scale with it
 */
public record MapRequest(MapCrs crs, Envelope box, int width, int height, List<LayerRequest> layers,
        boolean transparent, Color background, double pixelRatio) {

    public MapRequest {
        layers = List.copyOf(layers);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive");
        }
    }
}
