package vn.kcnatlas.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws feature labels last, over every layer, with a halo so they read on any fill, and skips a label
 * that would overlap one already placed. Larger features are labelled first.
 */
final class LabelPainter {

    private final List<Candidate> candidates = new ArrayList<>();

    /** A label to place: its text centred on an anchor, with a priority (larger goes first). */
    record Candidate(String text, Point2D anchor, double priority, Font font, Color color, Color halo) {
    }

    void add(Candidate candidate) {
        if (candidate.text() != null && !candidate.text().isBlank()) {
            candidates.add(candidate);
        }
    }

    void paint(Graphics2D g, double pixelRatio) {
        FontRenderContext context = g.getFontRenderContext();
        List<Rectangle2D> placed = new ArrayList<>();
        candidates.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::text));
        for (Candidate candidate : candidates) {
            TextLayout layout = new TextLayout(candidate.text(), candidate.font(), context);
            Rectangle2D bounds = layout.getBounds();
            double x = candidate.anchor().getX() - bounds.getWidth() / 2 - bounds.getX();
            double y = candidate.anchor().getY() + bounds.getHeight() / 2 - (bounds.getHeight() + bounds.getY());
            Rectangle2D area = new Rectangle2D.Double(x + bounds.getX() - 2 * pixelRatio,
                    y + bounds.getY() - 2 * pixelRatio, bounds.getWidth() + 4 * pixelRatio,
                    bounds.getHeight() + 4 * pixelRatio);
            if (placed.stream().anyMatch(area::intersects)) {
                continue;
            }
            placed.add(area);
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
            g.setStroke(new BasicStroke((float) (3 * pixelRatio), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(candidate.halo());
            g.draw(outline);
            g.setColor(candidate.color());
            g.fill(outline);
        }
    }
}
