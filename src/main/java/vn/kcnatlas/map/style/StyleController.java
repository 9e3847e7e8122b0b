package vn.kcnatlas.map.style;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.map.MapLayer;

/**
 * Serves the map styles to the web map and other clients, each layer with the zoom it is drawn from
 * ({@link MapLayer#minZoom}), so that the web map shows lots from the same zoom as the tiles and WMS.
 */
@RestController
class StyleController {

    private final ObjectNode document;

    StyleController(MapStyles styles, JsonMapper json) {
        this.document = json.valueToTree(styles.document());
        ObjectNode layers = (ObjectNode) document.path("layers");
        for (MapLayer layer : MapLayer.values()) {
            if (layers.has(layer.id())) {
                ((ObjectNode) layers.get(layer.id())).put("minZoom", layer.minZoom());
            }
        }
    }

    @GetMapping("/api/styles")
    ResponseEntity<ObjectNode> styles() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(document);
    }
}
