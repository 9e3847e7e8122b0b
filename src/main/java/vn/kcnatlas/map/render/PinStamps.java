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
 * <p>An antialiased pin's pixels depend on where its centre lies within a pixel, in two ways. Smoothly: the
 * circle's edge covers a little more or less of each pixel, so a stamp serves the pins centred in the same
 * eighth of a pixel ({@link #PHASES}) as the pin it was drawn for: they move by less than an eighth of a pixel,
 * which changes a pixel on the circle's edge by a few levels (at most 16 of 255 on a map of 1,700 overlapping
 * pins, on 1 % of its pixels). And by jumps: with stroke normalisation on (the default), Java2D snaps the ends of the circle's
 * arcs, at its centre and at its centre ± its radius along each axis, to the nearest quarter past a whole
 * pixel, and a centre moved across such a threshold (or an end across a whole pixel) may change a pixel of the
 * ring by its whole contrast ({@link Snaps}).
 * Stamps are kept by both, so no pin is stamped with another's snapping (PinStampsTest holds stamped pins to
 * drawn ones).
 */
final class PinStamps {

    /** A stamp serves the pins centred within 1/PHASES of a pixel of the one it was drawn for, along each axis. */
    static final int PHASES = 8;
    /**
     * The most stamps kept. Styles give a handful of colours and sizes, each with PHASES² positions and a few
     * snaps, but a WMS client may ask for any pixel ratio; past this many, pins are drawn, not stamped, and nothing more is kept.
     */
    static final int MAX_STAMPS = 4_096;

    private final Map<Key, Stamp> stamps = new ConcurrentHashMap<>();
    private final int maxStamps;

    /** @param maxStamps how many stamps to keep at most, {@link #MAX_STAMPS} but in tests */
    PinStamps(int maxStamps) {
        this.maxStamps = maxStamps;
    }

    /**
     * Where Java2D puts the ends of a circle's arcs along one axis, in whole pixels from the pixel its centre
     * lies in: the ends as {@link java.awt.geom.Ellipse2D}'s path computes them from its box, each by the two
     * thresholds a pin was found to jump at (PinStampsTest): the nearest quarter past a whole pixel, as Marlin
     * normalises strokes, and the whole pixel.
     */
    record Snaps(int start, int middle, int end, int startPixel, int middlePixel, int endPixel) {

        static Snaps of(double centre, double radius, int pixel) {
            double start = centre - radius;
            double width = 2 * radius;
            double middle = start + 0.5 * width;
            double end = start + 1.0 * width;
            return new Snaps(quarter(start) - pixel, quarter(middle) - pixel, quarter(end) - pixel,
                    (int) Math.floor(start) - pixel, (int) Math.floor(middle) - pixel, (int) Math.floor(end) - pixel);
        }

        private static int quarter(double end) {
            return (int) Math.floor(end + 0.25);
        }
    }

    private record Key(int argb, double radius, double ratio, Snaps x, Snaps y, int phaseX, int phaseY) {
    }

    /** A pin's image and the offset of its top left corner from the pixel its centre falls in. */
    private record Stamp(BufferedImage image, int offset) {
    }

    /** Paints a pin as {@link MapRenderer#paintMarker} does, to within 1/PHASES of a pixel. */
    void paint(Graphics2D g, double x, double y, double radius, Color color, double ratio) {
        int px = (int) Math.floor(x);
        int py = (int) Math.floor(y);
        Key key = new Key(color.getRGB(), radius, ratio, Snaps.of(x, radius, px), Snaps.of(y, radius, py),
                (int) ((x - px) * PHASES), (int) ((y - py) * PHASES));
        Stamp stamp = stamps.get(key);
        if (stamp == null && stamps.size() < maxStamps) {
            stamp = draw(key, x - px, y - py);
            if (stamp != null) {
                Stamp kept = stamps.putIfAbsent(key, stamp);
                stamp = kept != null ? kept : stamp;
            }
        }
        if (stamp == null) {
            MapRenderer.paintMarker(g, x, y, radius, color, ratio);
        } else {
            g.drawImage(stamp.image(), px - stamp.offset(), py - stamp.offset(), null);
        }
    }

    /**
     * A pin drawn as far into a pixel as a pin with the key, so with its snaps; null in the rare case that
     * rounding at the stamp's own place snaps one end otherwise.
     */
    private static Stamp draw(Key key, double intoX, double intoY) {
        // The ring's half width and a pixel of antialiasing beyond the circle, and a pixel for the snapping.
        int offset = (int) Math.ceil(key.radius() + 0.75 * key.ratio()) + 2;
        double x = offset + intoX;
        double y = offset + intoY;
        if (!Snaps.of(x, key.radius(), offset).equals(key.x()) || !Snaps.of(y, key.radius(), offset).equals(key.y())) {
            return null;
        }
        int size = 2 * offset + 2;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            MapRenderer.paintMarker(g, x, y, key.radius(), new Color(key.argb(), true), key.ratio());
        } finally {
            g.dispose();
        }
        return new Stamp(image, offset);
    }
}
