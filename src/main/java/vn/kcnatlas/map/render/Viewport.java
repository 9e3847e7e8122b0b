package vn.kcnatlas.map.render;

import java.awt.geom.Point2D;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.map.MapCrs;

/**
 * Where a map image sits on the Earth: turns longitude/latitude into image pixels, and tells the scale
 * as a web-map zoom level so styles can switch layers and labels on and off the same way for WMS images
 * and tiles.
 */
final class Viewport {

    /** Web Mercator metres per pixel at zoom 0 for 256-pixel tiles. */
    private static final double ZOOM0_RESOLUTION = 2 * MapCrs.MERCATOR_HALF_WORLD / 256;

    private final MapCrs crs;
    private final Envelope box;
    private final double scaleX;
    private final double scaleY;
    private final double pixelRatio;
    private final double zoom;
    private final Coordinate projected = new Coordinate();

    Viewport(MapRequest request) {
        this.crs = request.crs();
        this.box = request.box();
        this.scaleX = request.width() / box.getWidth();
        this.scaleY = request.height() / box.getHeight();
        this.pixelRatio = request.pixelRatio();
        double mercatorWidth = crs.geographic() ? Math.toRadians(box.getWidth()) * MapCrs.EARTH_RADIUS : box.getWidth();
        double resolution = mercatorWidth / (request.width() / pixelRatio);
        // Rounded so that a tile of zoom 15 is zoom 15, not 14.999999.
        this.zoom = Math.round(Math.log(ZOOM0_RESOLUTION / resolution) / Math.log(2) * 1e6) / 1e6;
    }

    /** The equivalent web-map zoom level of this image. */
    double zoom() {
        return zoom;
    }

    double pixelRatio() {
        return pixelRatio;
    }

    /** The longitude/latitude box to fetch features for: the image plus a margin of {@code pixels}. */
    Envelope wgs84Box(double pixels) {
        Envelope padded = new Envelope(box);
        padded.expandBy(pixels / scaleX, pixels / scaleY);
        return crs.toWgs84(padded);
    }

    /** How much detail this image draws, from the width of its pixels in degrees of longitude. */
    Generalisation detail() {
        Envelope wgs84 = crs.toWgs84(box);
        return new Generalisation(wgs84.getWidth() / (box.getWidth() * scaleX));
    }

    void toPixel(double lon, double lat, Point2D out) {
        crs.project(lon, lat, projected);
        out.setLocation((projected.x - box.getMinX()) * scaleX, (box.getMaxY() - projected.y) * scaleY);
    }
}
