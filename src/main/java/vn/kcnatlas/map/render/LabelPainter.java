package vn.kcnatlas.map.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws feature labels last, over every layer, with a halo so they read on any fill, and skips a label
 * that would overlap one already placed. Larger features are labelled first.
 *
 * <p>Labels in the margin around the image take part in placement, so that neighbouring tiles agree
 * on which labels win, but only those that reach into the image are drawn. The halo is the text
 * drawn eight times around its place: drawn text comes from the glyph cache, whereas stroking glyph
 * outlines was three quarters of the cost of a tile full of lot labels.
 */
final class LabelPainter {

    private static final int[][] HALO_OFFSETS = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};

    private final List<Candidate> candidates = new ArrayList<>();

    /** A label to place: its text centred on an anchor, with a priority (larger goes first). */
    record Candidate(String text, Point2D anchor, double priority, Font font, Color color, Color halo) {
    }

    void add(Candidate candidate) {
        if (candidate.text() != null && !candidate.text().isBlank()) {
            candidates.add(candidate);
        }
    }

    void paint(Graphics2D g, double pixelRatio, Rectangle2D image) {
        FontRenderContext context = g.getFontRenderContext();
        List<Rectangle2D> placed = new ArrayList<>();
        candidates.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::text));
        double haloWidth = Math.max(1, Math.round(1.5 * pixelRatio));
        for (Candidate candidate : candidates) {
            Rectangle2D bounds = candidate.font().getStringBounds(candidate.text(), context);
            LineMetrics metrics = candidate.font().getLineMetrics(candidate.text(), context);
            float x = (float) (candidate.anchor().getX() - bounds.getWidth() / 2);
            float y = (float) (candidate.anchor().getY() + (metrics.getAscent() - metrics.getDescent()) / 2);
            Rectangle2D area = new Rectangle2D.Double(x - 2 * pixelRatio, y - metrics.getAscent() - 2 * pixelRatio,
                    bounds.getWidth() + 4 * pixelRatio, metrics.getAscent() + metrics.getDescent() + 4 * pixelRatio);
            if (placed.stream().anyMatch(area::intersects)) {
                continue;
            }
            placed.add(area);
            if (!area.intersects(image)) {
                continue;
            }
            g.setFont(candidate.font());
            g.setColor(candidate.halo());
            for (int[] offset : HALO_OFFSETS) {
                g.drawString(candidate.text(), (float) (x + offset[0] * haloWidth), (float) (y + offset[1] * haloWidth));
            }
            g.setColor(candidate.color());
            g.drawString(candidate.text(), x, y);
        }
    }
}
