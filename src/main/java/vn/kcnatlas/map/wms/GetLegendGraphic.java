package vn.kcnatlas.map.wms;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.cache.RenderedOutput;
import vn.kcnatlas.map.cache.RenderedResponses;
import vn.kcnatlas.map.render.ImageFormat;
import vn.kcnatlas.map.render.LegendRenderer;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.StyleClass;
import vn.kcnatlas.map.style.Theme;

/**
 * GetLegendGraphic, as SLD 1.1 profiles it for WMS: LAYER, STYLE (default: the layer's default style),
 * FORMAT image/png or application/json, WIDTH and HEIGHT of each swatch, and LANGUAGE vi (default) or en,
 * an extension of ours.
 */
@Component
class GetLegendGraphic implements WmsOperation {

    static final int SWATCH_SIZE = 20;
    private static final int MAX_SWATCH_SIZE = 256;
    private static final String JSON = "application/json";

    private final WmsCatalog catalog;
    private final JsonMapper json;
    private final RenderedResponses responses;

    GetLegendGraphic(WmsCatalog catalog, JsonMapper json, RenderedResponses responses) {
        this.catalog = catalog;
        this.json = json;
        this.responses = responses;
    }

    @Override
    public String name() {
        return "GetLegendGraphic";
    }

    @Override
    public ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request) {
        MapLayer layer = catalog.layer(params.required("LAYER"), "LAYER");
        String style = catalog.styleName(layer, params.get("STYLE").orElse(null), "STYLE");
        String format = params.get("FORMAT").orElse(ImageFormat.PNG.mediaType()).toLowerCase(Locale.ROOT);
        String language = params.language();
        if (format.equals(JSON)) {
            return responses.respond(RenderedOutput.of(json.writeValueAsBytes(
                    describe(layer, style, language)), JSON), request);
        }
        if (!format.equals(ImageFormat.PNG.mediaType())) {
            throw new WmsException(ExceptionCode.InvalidFormat, "FORMAT", "Legends come as image/png or " + JSON
                    + ", not '" + format + "'");
        }
        int width = params.integer("WIDTH", 1, MAX_SWATCH_SIZE, SWATCH_SIZE);
        int height = params.integer("HEIGHT", 1, MAX_SWATCH_SIZE, SWATCH_SIZE);
        BufferedImage image = legend(catalog, layer, style, language, width, height);
        return responses.respond(RenderedOutput.of(ImageFormat.PNG.encode(image), ImageFormat.PNG.mediaType()),
                request);
    }

    /** The legend image of a layer's style, also measured for the capabilities' LegendURL. */
    static BufferedImage legend(WmsCatalog catalog, MapLayer layer, String style, String language, int swatchWidth,
            int swatchHeight) {
        LayerStyle layerStyle = catalog.style(layer);
        return LegendRenderer.render(layerStyle, layerStyle.themes().get(style), language, swatchWidth, swatchHeight);
    }

    /** The size {@link #legend} draws at, for the capabilities' LegendURL. */
    static Dimension legendSize(WmsCatalog catalog, MapLayer layer, String style, String language, int swatchWidth,
            int swatchHeight) {
        LayerStyle layerStyle = catalog.style(layer);
        return LegendRenderer.size(layerStyle, layerStyle.themes().get(style), language, swatchWidth, swatchHeight);
    }

    /** The legend as data, for clients that draw their own. */
    private Map<String, Object> describe(MapLayer layer, String style, String language) {
        LayerStyle layerStyle = catalog.style(layer);
        Theme theme = layerStyle.themes().get(style);
        List<Map<String, Object>> classes = new ArrayList<>();
        theme.classes().forEach(c -> classes.add(entry(c, language)));
        Map<String, Object> legend = new LinkedHashMap<>();
        legend.put("layer", layer.id());
        legend.put("style", style);
        legend.put("title", theme.title().in(language));
        legend.put("property", theme.property());
        legend.put("fillOpacity", layerStyle.fillOpacity());
        legend.put("classes", classes);
        legend.put("noData", theme.noData() == null ? null : entry(theme.noData(), language));
        if (layerStyle.noBoundaryMarker() != null) {
            legend.put("noBoundaryMarker", Map.of("color", layerStyle.noBoundaryMarker().color(), "label",
                    layerStyle.noBoundaryMarker().label().in(language)));
        }
        if (layerStyle.illustrative() != null) {
            legend.put("illustrative", Map.of("property", layerStyle.illustrative().property(), "hatch", true,
                    "dash", layerStyle.illustrative().dash(), "label", layerStyle.illustrative().label().in(language)));
        }
        return legend;
    }

    private static Map<String, Object> entry(StyleClass styleClass, String language) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("label", styleClass.label().in(language));
        entry.put("color", styleClass.color());
        if (styleClass.value() != null) {
            entry.put("value", styleClass.value());
        }
        if (styleClass.min() != null) {
            entry.put("min", styleClass.min());
            entry.put("max", styleClass.max());
        }
        if (Boolean.TRUE.equals(styleClass.hatch())) {
            entry.put("hatch", true);
        }
        return entry;
    }
}
