package vn.kcnatlas.map.wms;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.time.Clock;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import vn.kcnatlas.map.cache.RenderCache;
import vn.kcnatlas.map.cache.RenderedOutput;
import vn.kcnatlas.map.cache.RenderedResponses;
import vn.kcnatlas.map.render.Fonts;
import vn.kcnatlas.map.render.MapRenderer;
import vn.kcnatlas.map.render.MapRequest;
import vn.kcnatlas.map.render.RenderBudget;

/**
 * GetMap: draws the layers through the render cache. The answer is always an image, a blank one where
 * nothing is, because WMS clients expect one for every request that is not an error.
 */
@Component
class GetMap implements WmsOperation {

    private static final Color ERROR_TEXT = new Color(0xb00020);

    private final MapRenderer renderer;
    private final RenderCache cache;
    private final WmsCatalog catalog;
    private final RenderBudget budget;
    private final Clock clock;
    private final RenderedResponses responses;

    GetMap(MapRenderer renderer, RenderCache cache, WmsCatalog catalog, RenderBudget budget, Clock clock,
            RenderedResponses responses) {
        this.renderer = renderer;
        this.cache = cache;
        this.catalog = catalog;
        this.budget = budget;
        this.clock = clock;
        this.responses = responses;
    }

    @Override
    public String name() {
        return "GetMap";
    }

    @Override
    public ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request) {
        ExceptionFormat exceptions = ExceptionFormat.parse(params);
        ImageOptions options = ImageOptions.parse(params);
        try {
            return responses.respond(render(MapView.parse(params, catalog, clock), options), request);
        } catch (WmsException e) {
            if (exceptions == ExceptionFormat.XML) {
                throw e;
            }
            return exceptionImage(e, exceptions, options, params);
        }
    }

    private RenderedOutput render(MapView view, ImageOptions options) {
        String key = "wms:" + view.key() + ":" + options.key();
        return cache.get(key, view.mapLayers(), view::footprint, () -> {
            MapRequest request = new MapRequest(view.crs(), view.box(), view.width(), view.height(), view.layers(),
                    options.transparent(), options.background(), 1);
            try (RenderBudget.Lease lease = budget.lease(view.width(), view.height())) {
                return RenderedOutput.of(options.format().encode(renderer.render(request).image()),
                        options.format().mediaType(), view.shownDay());
            }
        });
    }

    /**
     * The error drawn into an image (INIMAGE) or a blank image (BLANK). Without a valid size there is no
     * image to draw in, and the size's own error goes as XML.
     */
    private ResponseEntity<byte[]> exceptionImage(WmsException e, ExceptionFormat exceptions,
            ImageOptions options, WmsParameters params) {
        int width = params.integer("WIDTH", 1, MapView.MAX_SIZE);
        int height = params.integer("HEIGHT", 1, MapView.MAX_SIZE);
        try (RenderBudget.Lease lease = budget.lease(width, height)) {
            BufferedImage image = blank(options, width, height);
            if (exceptions == ExceptionFormat.INIMAGE) {
                drawMessage(image, e.code() + ": " + e.getMessage());
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(options.format().mediaType()))
                    .cacheControl(CacheControl.noStore()).body(options.format().encode(image));
        }
    }

    private static BufferedImage blank(ImageOptions options, int width, int height) {
        BufferedImage image = new BufferedImage(width, height,
                options.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        if (!options.transparent()) {
            Graphics2D g = image.createGraphics();
            g.setColor(options.background());
            g.fillRect(0, 0, width, height);
            g.dispose();
        }
        return image;
    }

    /** Writes the message across the image, wrapped to its width. */
    private static void drawMessage(BufferedImage image, String message) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(ERROR_TEXT);
            AttributedString text = new AttributedString(message);
            text.addAttribute(TextAttribute.FONT, Fonts.labels(12));
            LineBreakMeasurer lines = new LineBreakMeasurer(text.getIterator(), g.getFontRenderContext());
            float margin = 4;
            float y = margin;
            float wrap = Math.max(1, image.getWidth() - 2 * margin);
            while (lines.getPosition() < message.length() && y < image.getHeight()) {
                TextLayout line = lines.nextLayout(wrap);
                y += line.getAscent();
                line.draw(g, margin, y);
                y += line.getDescent() + line.getLeading();
            }
        } finally {
            g.dispose();
        }
    }
}
