package vn.kcnatlas.map.render;

import vn.kcnatlas.map.MapLayer;

/**
 * One layer of a map and the theme to draw it with.
 *
 * @param theme a theme of the layer's style, such as {@code occupancy}; null for the layer's default
 */
public record LayerRequest(MapLayer layer, String theme) {
}
