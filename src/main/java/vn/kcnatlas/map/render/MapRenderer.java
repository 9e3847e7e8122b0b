package vn.kcnatlas.map.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.MapFeature;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.map.style.Theme;

/**
 * Draws maps with Java2D: features from {@link LayerFeatures}, coloured by the shared styles, with
 * labels in a font that has every Vietnamese glyph. WMS GetMap and the PNG tiles both draw here.
 */
@Component
public class MapRenderer {

    /**
     * Features this far outside the image, in pixels, are still fetched so that outlines and labels
     * crossing the edge of one tile continue seamlessly in the next.
     */
    public static final double BUFFER_PIXELS = 128;
    /**
     * The radius, in pixels at 1×, of the marker of a zone without a boundary; WMS feature info hits it there.
     * A zone smaller than this pin on screen is pinned too.
     */
    public static final double MARKER_RADIUS = Generalisation.MIN_SHAPE_PIXELS / 2;

    private final LayerFeatures features;
    private final MapStyles styles;
    private final PinStamps pins = new PinStamps(PinStamps.MAX_STAMPS);

    MapRenderer(LayerFeatures features, MapStyles styles) {
        this.features = features;
        this.styles = styles;
    }

    /**
     * @throws IllegalArgumentException if a layer has no such theme
     */
    public RenderedMap render(MapRequest request) {
        BufferedImage image = new BufferedImage(request.width(), request.height(),
                request.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (!request.transparent()) {
                g.setColor(request.background());
                g.fillRect(0, 0, request.width(), request.height());
            }
            Viewport viewport = new Viewport(request);
            LabelPainter labels = new LabelPainter();
            int drawn = 0;
            for (LayerRequest layer : request.layers()) {
                drawn += drawLayer(g, layer, viewport, labels);
            }
            labels.paint(g, viewport.pixelRatio(), new Rectangle2D.Double(0, 0, request.width(), request.height()));
            return new RenderedMap(image, drawn);
        } finally {
            g.dispose();
        }
    }

    /**
     * The name of the theme a request means: the one it names, or the layer's default.
     *
     * @throws IllegalArgumentException if the layer has no theme of that name
     */
    public String themeName(LayerRequest layer) {
        theme(layer);
        return layer.theme() == null ? style(layer).defaultTheme() : layer.theme();
    }

    /** The theme of a layer that a request names, or its default. */
    public Theme theme(LayerRequest layer) {
        LayerStyle style = style(layer);
        String name = layer.theme() == null ? style.defaultTheme() : layer.theme();
        Theme theme = style.themes().get(name);
        if (theme == null) {
            throw new IllegalArgumentException("layer " + layer.layer().id() + " has no style '" + name + "'; it has "
                    + style.themes().keySet());
        }
        return theme;
    }

    private LayerStyle style(LayerRequest layer) {
        return styles.of(layer.layer());
    }

    /** Whether a map of this request draws the layer at all: layers have a least zoom (lots from 13). */
    public boolean draws(MapLayer layer, MapRequest request) {
        return new Viewport(request).zoom() >= layer.minZoom();
    }

    /** Draws one layer's features and queues their labels; answers how many features it drew. */
    private int drawLayer(Graphics2D g, LayerRequest layer, Viewport viewport, LabelPainter labels) {
        Theme theme = theme(layer);
        if (viewport.zoom() < layer.layer().minZoom()) {
            return 0;
        }
        LayerStyle style = style(layer);
        double ratio = viewport.pixelRatio();
        ShapeWriter shapes = new ShapeWriter((source, target) -> viewport.toPixel(source.x, source.y, target));
        BasicStroke outline = stroke(style.stroke(), ratio);
        BasicStroke illustrativeOutline = style.illustrative() == null ? null : stroke(style.illustrativeStroke(), ratio);
        Color strokeColor = Color.decode(style.stroke().color());
        boolean labelled = style.label() != null && viewport.zoom() >= style.label().minZoom();
        Font labelFont = labelled ? Fonts.labels((float) (style.label().size() * ratio)) : null;
        Color labelColor = labelled ? Color.decode(style.label().color()) : null;
        Color haloColor = labelled ? Color.decode(style.label().halo()) : null;
        List<MapFeature> found = features.drawn(layer.layer(), layer.asOf(), viewport.wgs84Box(BUFFER_PIXELS * ratio),
                viewport.detail());
        for (MapFeature feature : found) {
            StyleClass styleClass = theme.classify(theme.property() == null ? null : feature.property(theme.property()));
            Geometry geometry = feature.geometry();
            Point2D anchor;
            if (geometry instanceof Point point) {
                anchor = drawPoint(g, point, style, noBoundary(feature) ? null : styleClass, viewport);
                anchor.setLocation(anchor.getX(), anchor.getY() + (pointRadius(style) + 8) * ratio);
            } else {
                Shape shape = shapes.toShape(geometry);
                boolean illustrative = style.isIllustrative(feature::property);
                if (style.fillOpacity() > 0) {
                    g.setPaint(fill(illustrative ? styleClass.hatched() : styleClass, style.fillOpacity(), ratio));
                    g.fill(shape);
                }
                g.setColor(strokeColor);
                g.setStroke(illustrative ? illustrativeOutline : outline);
                g.draw(shape);
                anchor = new Point2D.Double();
                Coordinate inside = InteriorPointArea.getInteriorPoint(geometry);
                viewport.toPixel(inside.x, inside.y, anchor);
            }
            if (labelled) {
                labels.add(new LabelPainter.Candidate(String.valueOf(feature.property(style.label().property())),
                        anchor, geometry.getArea(), labelFont, labelColor, haloColor));
            }
        }
        return found.size();
    }

    /**
     * A point: the pin of a zone without a boundary ({@code styleClass} null), or the layer's point symbol in
     * its class's colour, which is also how a zone too small on screen to draw as a shape is pinned.
     */
    private Point2D drawPoint(Graphics2D g, Point point, LayerStyle style, StyleClass styleClass,
            Viewport viewport) {
        double ratio = viewport.pixelRatio();
        Point2D centre = new Point2D.Double();
        viewport.toPixel(point.getX(), point.getY(), centre);
        pins.paint(g, centre.getX(), centre.getY(), pointRadius(style) * ratio,
                styleClass == null ? Color.decode(style.noBoundaryMarker().color()) : styleClass.awtColor(), ratio);
        return centre;
    }

    /** Whether a feature is a zone placed by a point because it has no boundary yet. */
    private static boolean noBoundary(MapFeature feature) {
        return Boolean.FALSE.equals(feature.property("hasBoundary"));
    }

    /** The radius, in pixels at 1×, of a layer's points; WMS feature info hits them there. */
    public static double pointRadius(LayerStyle style) {
        return style.point() == null ? MARKER_RADIUS : style.point().radius();
    }

    /** The pin of a zone without a boundary: a filled circle in a white ring; the legend draws it too. */
    static void paintMarker(Graphics2D g, double x, double y, double radius, Color color, double ratio) {
        Shape marker = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setColor(color);
        g.fill(marker);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (1.5 * ratio)));
        g.draw(marker);
    }

    static BasicStroke stroke(LayerStyle.Stroke stroke, double ratio) {
        float width = (float) (stroke.width() * ratio);
        List<Float> dash = stroke.dash();
        if (dash == null || dash.isEmpty()) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] pattern = new float[dash.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (float) (dash.get(i) * ratio);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    /** A class's fill: its colour at the layer's opacity, hatched for "no data". */
    static Paint fill(StyleClass styleClass, double opacity, double ratio) {
        Color base = styleClass.awtColor();
        Color translucent = new Color(base.getRed(), base.getGreen(), base.getBlue(), (int) Math.round(255 * opacity));
        if (!Boolean.TRUE.equals(styleClass.hatch())) {
            return translucent;
        }
        int size = (int) Math.round(8 * ratio);
        BufferedImage tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(translucent);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(base.darker().darker());
        g.setStroke(new BasicStroke((float) ratio));
        g.drawLine(0, size, size, 0);
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size));
    }
}
