package vn.kcnatlas.map.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A stamped pin is the drawn pin (QuickTheories over centres, sizes, pixel ratios, colours and backgrounds, opaque
 * and transparent as maps are): its pixels are those {@link MapRenderer#paintMarker} draws at the same centre,
 * up to the rounding of composing in another order; stamped with the stamp of a pin an eighth of a pixel away,
 * they are within that shift of them.
 */
class PinStampsTest {

    private static final int SIZE = 72;
    /**
     * Levels (of 255) a stamped pin's channel may differ from the drawn one's at the same centre: compositing
     * the ring over the fill before the map, not on it, rounds each to 8 bits in another order.
     */
    private static final int ROUNDING = 2;
    /**
     * Levels a pin stamped with the stamp of another pin in the same eighth of a pixel may differ from the
     * drawn one: its edge moves by less than an eighth of a pixel, which covers less than an eighth of a pixel
     * more or less (32 levels at full contrast), and its snapping is the same.
     */
    private static final int SHIFT = 32;

    @Test
    void aStampedPinHasTheDrawnPinsPixels() {
        qt().withExamples(300).forAll(centres(), centres(), pins(), booleans().all()).checkAssert((x, y, pin, opaque) -> {
            BufferedImage drawn = map(opaque, g -> MapRenderer.paintMarker(g, x, y, pin.radius(), pin.color(),
                    pin.ratio()));
            BufferedImage stamped = map(opaque, g -> new PinStamps(PinStamps.MAX_STAMPS).paint(g, x, y, pin.radius(),
                    pin.color(), pin.ratio()));
            assertThat(largestDifference(drawn, stamped)).as("%s at %s, %s", pin, x, y).isLessThanOrEqualTo(ROUNDING);
        });
    }

    @Test
    void aPinStampedWithAnothersStampIsWithinItsShiftOfTheDrawnPin() {
        qt().withExamples(300).forAll(centres(), centres(), pins(), doubles().between(0, 1)
                .zip(doubles().between(0, 1), (u, v) -> new double[] {u, v})).checkAssert((x, y, pin, within) -> {
                    PinStamps stamps = new PinStamps(PinStamps.MAX_STAMPS);
                    double cell = 1.0 / PinStamps.PHASES;
                    double otherX = Math.floor(x / cell) * cell + within[0] * cell;
                    double otherY = Math.floor(y / cell) * cell + within[1] * cell;
                    map(true, g -> stamps.paint(g, otherX, otherY, pin.radius(), pin.color(), pin.ratio()));
                    BufferedImage drawn = map(true, g -> MapRenderer.paintMarker(g, x, y, pin.radius(), pin.color(),
                            pin.ratio()));
                    BufferedImage stamped = map(true, g -> stamps.paint(g, x, y, pin.radius(), pin.color(),
                            pin.ratio()));
                    assertThat(largestDifference(drawn, stamped)).as("%s at %s, %s after %s, %s", pin, x, y, otherX,
                            otherY).isLessThanOrEqualTo(SHIFT);
                });
    }

    @Test
    void stampsAreReusedAndPinsPastTheLastStampKeptAreDrawn() {
        PinStamps stamps = new PinStamps(1);
        Pin first = new Pin(6, 1, Color.decode("#1b9e77"));
        Pin second = new Pin(6, 1, Color.decode("#d95f02"));
        double[][] centres = {{20.3, 20.6}, {40.25, 40.5}, {52.3, 20.6}, {52.9, 52.1}};
        Pin[] pins = {first, second, first, first};
        BufferedImage drawn = map(true, g -> {
            for (int i = 0; i < pins.length; i++) {
                MapRenderer.paintMarker(g, centres[i][0], centres[i][1], pins[i].radius(), pins[i].color(),
                        pins[i].ratio());
            }
        });
        BufferedImage stamped = map(true, g -> {
            for (int i = 0; i < pins.length; i++) {
                stamps.paint(g, centres[i][0], centres[i][1], pins[i].radius(), pins[i].color(), pins[i].ratio());
            }
        });
        assertThat(largestDifference(drawn, stamped)).isLessThanOrEqualTo(ROUNDING);
    }

    private record Pin(double radius, double ratio, Color color) {
    }

    /**
     * Pins as maps draw them: 3–9 pixels at 1×, at pixel ratios 1 to 3.5, in any colour. Sizes and ratios are
     * whole 64ths, on which Java2D's arithmetic is exact wherever the pin lies: off them, Java2D itself may draw
     * a circle differently at different places (a radius of 3.000000000000001 draws other pixels centred at
     * (6, 6) than at (20, 20)), and neither a stamp nor a pin drawn elsewhere can be held to the same pixels.
     */
    private static Gen<Pin> pins() {
        return integers().between(3 * 64, 9 * 64).zip(integers().between(64, 224), integers().between(0, 0xffffff),
                (radius, ratio, rgb) -> new Pin(radius / 64.0 * Math.min(ratio / 64.0, 2), ratio / 64.0,
                        new Color(rgb)));
    }

    private static Gen<Double> centres() {
        return doubles().between(SIZE / 2.0 - 8, SIZE / 2.0 + 8);
    }

    /** A map image as the renderer makes it: opaque on a light background, or transparent. */
    private static BufferedImage map(boolean opaque, Consumer<Graphics2D> paint) {
        BufferedImage image = new BufferedImage(SIZE, SIZE,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (opaque) {
                g.setColor(new Color(0xf2efe9));
                g.fillRect(0, 0, SIZE, SIZE);
            }
            paint.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The largest difference of any channel at any pixel, alpha included and colours weighed by it (a colour
     * barely seen through a nearly transparent pixel may round to anything).
     */
    private static int largestDifference(BufferedImage a, BufferedImage b) {
        int largest = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                largest = Math.max(largest, Math.abs((p >>> 24) - (q >>> 24)));
                for (int shift = 0; shift < 24; shift += 8) {
                    largest = Math.max(largest, (int) Math.round(Math.abs(
                            (p >>> shift & 0xff) * (p >>> 24) - (q >>> shift & 0xff) * (q >>> 24)) / 255.0));
                }
            }
        }
        return largest;
    }
}
