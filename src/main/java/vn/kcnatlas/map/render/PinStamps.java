package vn.kcnatlas.map.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pins ({@link MapRenderer#paintMarker}) drawn once and then copied onto maps. A map of the whole country pins
 * some 1,700 zones, and antialiasing each circle and its ring anew was a third of the time of drawing it; a
 * copy of a small image is a fraction of that.
 *
 * <p>An antialiased circle's pixels depend on where its centre falls within a pixel, so a pin is drawn for
 * each quarter-pixel position ({@link #PHASES} a side) and stamped at the nearest one: the pin moves by at most
 * an eighth of a pixel, and its pixels are otherwise the drawn pin's, up to the rounding of composing its fill,
 * its ring and the map in a different order.
 */
final class PinStamps {

    /** Positions of a pin's centre within a pixel, along each axis, that have a stamp of their own. */
    static final int PHASES = 4;
    /**
     * The most stamps kept. Styles give a handful of colours and sizes, but a WMS client may ask for any pixel
     * ratio; past this many, pins are drawn, not stamped, and nothing more is kept.
     */
    static final int MAX_STAMPS = 4_096;

    private final Map<Key, Stamp> stamps = new ConcurrentHashMap<>();
    private final int maxStamps;

    /** @param maxStamps how many stamps to keep at most, {@link #MAX_STAMPS} but in tests */
    PinStamps(int maxStamps) {
        this.maxStamps = maxStamps;
    }

    private record Key(int argb, double radius, double ratio, int phaseX, int phaseY) {
    }

    /** A pin's image and the offset of its top left corner from the pixel its centre falls in. */
    private record Stamp(BufferedImage image, int offset) {
    }

    /** Paints a pin as {@link MapRenderer#paintMarker} does, centred at (x, y) to within an eighth of a pixel. */
    void paint(Graphics2D g, double x, double y, double radius, Color color, double ratio) {
        long qx = Math.round(x * PHASES);
        long qy = Math.round(y * PHASES);
        Key key = new Key(color.getRGB(), radius, ratio, (int) Math.floorMod(qx, PHASES),
                (int) Math.floorMod(qy, PHASES));
        Stamp stamp = stamps.get(key);
        if (stamp == null) {
            if (stamps.size() >= maxStamps) {
                MapRenderer.paintMarker(g, (double) qx / PHASES, (double) qy / PHASES, radius, color, ratio);
                return;
            }
            stamp = stamps.computeIfAbsent(key, PinStamps::draw);
        }
        g.drawImage(stamp.image(), (int) Math.floorDiv(qx, PHASES) - stamp.offset(),
                (int) Math.floorDiv(qy, PHASES) - stamp.offset(), null);
    }

    private static Stamp draw(Key key) {
        // The ring's half width and a pixel of antialiasing beyond the circle.
        int offset = (int) Math.ceil(key.radius() + 0.75 * key.ratio()) + 1;
        int size = 2 * offset + 2;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            MapRenderer.paintMarker(g, offset + (double) key.phaseX() / PHASES, offset + (double) key.phaseY() / PHASES,
                    key.radius(), new Color(key.argb(), true), key.ratio());
        } finally {
            g.dispose();
        }
        return new Stamp(image, offset);
    }
}
