package vn.kcnatlas.map.render;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.map.style.Theme;

/**
 * Draws the legend of a theme: its title, then one swatch and label per class, the hatched "no data"
 * swatch and the marker of zones without a boundary where the layer has them. Swatches are painted the
 * way {@link MapRenderer} paints features, so the legend and the map cannot disagree.
 */
public final class LegendRenderer {

    private static final int PADDING = 6;
    private static final int ROW_GAP = 4;
    private static final int LABEL_GAP = 8;
    private static final Font TITLE = Fonts.labels(13).deriveFont(Font.BOLD);
    private static final Font LABEL = Fonts.labels(12);
    private static final Color TEXT = new Color(0x1a1a1a);
    private static final FontMetrics TITLE_METRICS = metrics(TITLE);
    private static final FontMetrics LABEL_METRICS = metrics(LABEL);

    private LegendRenderer() {
    }

    /** One row of a legend: a class swatch, or the no-boundary marker when {@code styleClass} is null. */
    /** One line of the legend; a null class stands for the no-boundary marker. */
    private record Row(StyleClass styleClass, String label, boolean illustrative) {
    }

    /** What a legend holds and how large it is drawn. */
    private record Layout(String title, List<Row> rows, int rowHeight, int width, int height) {
    }

    /**
     * The size {@link #render} draws the legend at, without drawing it (capabilities announce it).
     */
    public static Dimension size(LayerStyle style, Theme theme, String language, int swatchWidth, int swatchHeight) {
        Layout layout = layout(style, theme, language, swatchWidth, swatchHeight);
        return new Dimension(layout.width(), layout.height());
    }

    private static Layout layout(LayerStyle style, Theme theme, String language, int swatchWidth, int swatchHeight) {
        List<Row> rows = new ArrayList<>();
        theme.classes().forEach(c -> rows.add(new Row(c, c.label().in(language), false)));
        if (theme.noData() != null) {
            rows.add(new Row(theme.noData(), theme.noData().label().in(language), false));
        }
        if (style.noBoundaryMarker() != null) {
            rows.add(new Row(null, style.noBoundaryMarker().label().in(language), false));
        }
        if (style.illustrative() != null) {
            rows.add(new Row(theme.classes().get(0).hatched(), style.illustrative().label().in(language), true));
        }
        String title = theme.title().in(language);
        int rowHeight = Math.max(swatchHeight, LABEL_METRICS.getHeight());
        int width = TITLE_METRICS.stringWidth(title);
        for (Row row : rows) {
            width = Math.max(width, swatchWidth + LABEL_GAP + LABEL_METRICS.stringWidth(row.label()));
        }
        width += 2 * PADDING;
        int height = 2 * PADDING + TITLE_METRICS.getHeight() + rows.size() * (rowHeight + ROW_GAP);
        return new Layout(title, rows, rowHeight, width, height);
    }

    /**
     * @param language "vi" or "en"
     * @param swatchWidth the width of each swatch in pixels
     * @param swatchHeight the height of each swatch in pixels
     */
    public static BufferedImage render(LayerStyle style, Theme theme, String language, int swatchWidth,
            int swatchHeight) {
        Layout layout = layout(style, theme, language, swatchWidth, swatchHeight);
        int width = layout.width();
        int height = layout.height();
        int rowHeight = layout.rowHeight();
        String title = layout.title();
        List<Row> rows = layout.rows();

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(TEXT);
            g.setFont(TITLE);
            g.drawString(title, PADDING, PADDING + TITLE_METRICS.getAscent());
            g.setFont(LABEL);
            int top = PADDING + TITLE_METRICS.getHeight() + ROW_GAP;
            for (Row row : rows) {
                int swatchTop = top + (rowHeight - swatchHeight) / 2;
                Rectangle2D swatch = new Rectangle2D.Double(PADDING + 0.5, swatchTop + 0.5, swatchWidth - 1.0,
                        swatchHeight - 1.0);
                if (row.styleClass() == null) {
                    drawMarker(g, style.noBoundaryMarker(), swatch);
                } else {
                    drawSwatch(g, style, row, swatch);
                }
                g.setColor(TEXT);
                int baseline = top + (rowHeight - LABEL_METRICS.getHeight()) / 2 + LABEL_METRICS.getAscent();
                g.drawString(row.label(), PADDING + swatchWidth + LABEL_GAP, baseline);
                top += rowHeight + ROW_GAP;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * A class as the map fills and outlines it; an outline-only layer shows just its stroke, a layer of
     * points its symbol.
     */
    private static void drawSwatch(Graphics2D g, LayerStyle style, Row row, Rectangle2D swatch) {
        if (style.point() != null) {
            paintPoint(g, style.point().radius(), row.styleClass().awtColor(), swatch);
            return;
        }
        if (style.fillOpacity() > 0) {
            g.setPaint(MapRenderer.fill(row.styleClass(), style.fillOpacity(), 1));
            g.fill(swatch);
        }
        g.setColor(Color.decode(style.stroke().color()));
        g.setStroke(MapRenderer.stroke(row.illustrative() ? style.illustrativeStroke() : style.stroke(), 1));
        g.draw(swatch);
    }

    private static void drawMarker(Graphics2D g, LayerStyle.Marker marker, Rectangle2D swatch) {
        paintPoint(g, MapRenderer.MARKER_RADIUS, Color.decode(marker.color()), swatch);
    }

    private static void paintPoint(Graphics2D g, double radius, Color color, Rectangle2D swatch) {
        double r = Math.min(radius, Math.min(swatch.getWidth(), swatch.getHeight()) / 2 - 1);
        MapRenderer.paintMarker(g, swatch.getCenterX(), swatch.getCenterY(), r, color, 1);
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
