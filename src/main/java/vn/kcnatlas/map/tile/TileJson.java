package vn.kcnatlas.map.tile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;

/** TileJSON 3.0.0 documents, which MapLibre, Leaflet plugins and QGIS read to set up a tile source. */
final class TileJson {

    static final int MAX_ZOOM = 22;

    private TileJson() {
    }

    /**
     * @param tileUrl the tile URL template, {z}/{x}/{y} left in
     * @param vector whether the tiles are vector tiles (they then list their layer and fields)
     * @param asOf the day the tiles show, or null for now
     */
    static Map<String, Object> of(MapLayer layer, String tileUrl, boolean vector, Envelope extent, LocalDate asOf) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tilejson", "3.0.0");
        json.put("name", "KCN Atlas: " + layer.title().en());
        json.put("description", layer.title().vi() + " / " + layer.title().en() + description(layer, asOf));
        json.put("version", "1.0.0");
        json.put("attribution", "KCN Atlas. Zone boundaries marked approximate are not surveyed.");
        json.put("scheme", "xyz");
        json.put("tiles", List.of(tileUrl));
        json.put("minzoom", layer.minZoom());
        json.put("maxzoom", MAX_ZOOM);
        json.put("bounds", List.of(round(extent.getMinX()), round(extent.getMinY()), round(extent.getMaxX()),
                round(extent.getMaxY())));
        json.put("center", List.of(round(extent.centre().x), round(extent.centre().y), Math.max(9, layer.minZoom())));
        if (vector) {
            Map<String, Object> vectorLayer = new LinkedHashMap<>();
            vectorLayer.put("id", layer.id());
            vectorLayer.put("description", layer.title().en());
            vectorLayer.put("minzoom", layer.minZoom());
            vectorLayer.put("maxzoom", MAX_ZOOM);
            vectorLayer.put("fields", LayerFeatures.fields(layer));
            json.put("vector_layers", List.of(vectorLayer));
        }
        return json;
    }

    /** What the tiles show in time, and how to ask for another day. */
    private static String description(MapLayer layer, LocalDate asOf) {
        if (asOf != null) {
            return ". As it stood at the end of " + asOf + " (Việt Nam).";
        }
        return layer.dated() ? ". Now; add asOf=YYYY-MM-DD to the tile URLs for the layer as it stood at the end of"
                + " that day (Việt Nam)." : ". As it is now.";
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
