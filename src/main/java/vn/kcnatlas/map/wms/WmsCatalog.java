package vn.kcnatlas.map.wms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.style.LayerStyle;
import vn.kcnatlas.map.style.MapStyles;
import vn.kcnatlas.map.style.Theme;

/** The WMS names of layers and styles: layers are the map layers, styles the themes of their style. */
@Component
class WmsCatalog {

    private final MapStyles styles;

    WmsCatalog(MapStyles styles) {
        this.styles = styles;
    }

    /**
     * @param parameter the request parameter that names it, for the exception's locator
     */
    MapLayer layer(String name, String parameter) {
        return MapLayer.byId(name).orElseThrow(() -> new WmsException(ExceptionCode.LayerNotDefined, parameter,
                "There is no layer '" + name + "'; the layers are " + MapLayer.ids()));
    }

    LayerStyle style(MapLayer layer) {
        return styles.of(layer);
    }

    /** The layer's styles by name, its default first. */
    Map<String, Theme> themes(MapLayer layer) {
        LayerStyle style = style(layer);
        Map<String, Theme> themes = new LinkedHashMap<>();
        themes.put(style.defaultTheme(), style.themes().get(style.defaultTheme()));
        style.themes().keySet().stream().sorted().forEach(name -> themes.put(name, style.themes().get(name)));
        return themes;
    }

    /**
     * The name of the style a request means: the one it names, in any case, or the layer's default when
     * it names none.
     */
    String styleName(MapLayer layer, String requested, String parameter) {
        LayerStyle style = style(layer);
        if (requested == null || requested.isBlank()) {
            return style.defaultTheme();
        }
        return style.themes().keySet().stream().filter(name -> name.equalsIgnoreCase(requested.strip())).findFirst()
                .orElseThrow(() -> new WmsException(ExceptionCode.StyleNotDefined, parameter, "Layer " + layer.id()
                        + " has no style '" + requested.strip() + "'; its styles are " + themes(layer).keySet()));
    }
}
