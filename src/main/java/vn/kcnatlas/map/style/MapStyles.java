package vn.kcnatlas.map.style;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.io.SeedProperties;
import vn.kcnatlas.map.MapLayer;

/**
 * The map styles, read once from {@code geodata/styles.json}. The renderer, the legends and the web map
 * all take their colours from here.
 */
@Component
public class MapStyles {

    private final Document document;

    MapStyles(ResourceLoader resources, SeedProperties seed, JsonMapper json) throws IOException {
        try (InputStream in = resources.getResource(seed.location() + "styles.json").getInputStream()) {
            this.document = json.readValue(in, Document.class);
        }
    }

    /** The styles as the file holds them, for clients. */
    public Document document() {
        return document;
    }

    public Optional<LayerStyle> layer(String layer) {
        return Optional.ofNullable(document.layers().get(layer));
    }

    /** The style of a map layer; styles.json must have one for each. */
    public LayerStyle of(MapLayer layer) {
        return layer(layer.id()).orElseThrow(() -> new IllegalStateException(
                "styles.json has no style for layer " + layer.id()));
    }

    /** The whole styles file. */
    public record Document(int version, String description, Map<String, LayerStyle> layers) {
    }
}
