package vn.kcnatlas.map.wms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.map.MapFeature;
import vn.kcnatlas.map.MapLayer;

/**
 * GetFeatureInfo answers in its three formats. Every value is data from the registry, so the HTML
 * escapes all of it: a zone named {@code <img src=x onerror=…>} shows as that text.
 */
final class FeatureInfoDocuments {

    private FeatureInfoDocuments() {
    }

    /** The features found on one queried layer, most specific first. */
    record LayerHits(MapLayer layer, List<MapFeature> features) {
    }

    /** A GeoJSON FeatureCollection; each feature names its layer in a foreign member "layer". */
    static byte[] json(List<LayerHits> hits, JsonMapper json) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (LayerHits layer : hits) {
            for (MapFeature feature : layer.features()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("type", "Feature");
                f.put("id", feature.id());
                f.put("layer", layer.layer().id());
                f.putAll(new GeoJsonFeature(feature.id(), feature.geometry(), feature.properties()).toJson());
                features.add(f);
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return json.writeValueAsBytes(collection);
    }

    static byte[] html(List<LayerHits> hits, String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language)
                .append("\">\n<head><meta charset=\"utf-8\"><title>KCN Atlas</title></head>\n<body>\n");
        boolean found = false;
        for (LayerHits layer : hits) {
            if (layer.features().isEmpty()) {
                continue;
            }
            found = true;
            html.append("<h2>").append(escape(layer.layer().title().in(language))).append("</h2>\n");
            for (MapFeature feature : layer.features()) {
                html.append("<table>\n<caption>").append(escape(feature.id())).append("</caption>\n");
                feature.properties().forEach((name, value) -> html.append("<tr><th>").append(escape(name))
                        .append("</th><td>").append(escape(text(value))).append("</td></tr>\n"));
                html.append("</table>\n");
            }
        }
        if (!found) {
            html.append("<p>").append(language.equals("en") ? "No feature here." : "Không có đối tượng nào tại đây.")
                    .append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] text(List<LayerHits> hits) {
        StringBuilder text = new StringBuilder();
        for (LayerHits layer : hits) {
            text.append("Layer '").append(layer.layer().id()).append("': ").append(layer.features().size())
                    .append(layer.features().size() == 1 ? " feature\n" : " features\n");
            for (MapFeature feature : layer.features()) {
                text.append("  Feature ").append(feature.id()).append('\n');
                feature.properties().forEach((name, value) -> text.append("    ").append(name).append(" = ")
                        .append(text(value)).append('\n'));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
