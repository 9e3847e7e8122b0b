package vn.kcnatlas.map.render;

import java.time.LocalDate;

import vn.kcnatlas.map.MapLayer;

/**
 * One layer of a map, the theme to draw it with and the day it shows.
 *
 * @param theme a theme of the layer's style, such as {@code occupancy}; null for the layer's default
 * @param asOf the day whose end the layer shows as it stood then, or null for now; only for a
 *     {@linkplain MapLayer#dated() dated} layer
 */
public record LayerRequest(MapLayer layer, String theme, LocalDate asOf) {

    public LayerRequest {
        layer.checkDay(asOf);
    }

    /** The layer as it is now. */
    public LayerRequest(MapLayer layer, String theme) {
        this(layer, theme, null);
    }

    /** What names the day in a cache key: empty for now. */
    public String dayKey() {
        return asOf == null ? "" : "@" + asOf;
    }
}
