package vn.kcnatlas.map.render;

import java.awt.image.BufferedImage;

/**
 * A drawn map and how many features went into it, so that callers can answer "nothing here" without
 * encoding an empty image.
 */
public record RenderedMap(BufferedImage image, int features) {
}
