package vn.kcnatlas.map.tile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.locationtech.jts.geom.Envelope;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.render.LayerRequest;
import vn.kcnatlas.map.render.MapRenderer;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.AsOfParameter;

/**
 * TileJSON 3.0.0 at {@code /tiles/{layer}.json}, for the tiles {@link TileEndpoint} serves: vector by
 * default, PNG with {@code format=png}; with {@code asOf}, a dated layer's tiles of that day.
 */
@RestController
class TileController {

    private final LayerFeatures features;
    private final MapRenderer renderer;
    private final Clock clock;

    TileController(LayerFeatures features, MapRenderer renderer, Clock clock) {
        this.features = features;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GetMapping("/tiles/{layer}.json")
    ResponseEntity<Map<String, Object>> tileJson(@PathVariable String layer,
            @RequestParam(defaultValue = "mvt") String format, @RequestParam(required = false) String style,
            @RequestParam(required = false) String asOf) {
        MapLayer mapLayer = layer(layer);
        LocalDate day = AsOfParameter.parse("asOf", asOf, clock);
        if (day != null && !mapLayer.dated()) {
            throw ApiException.badParameter("asOf", "The " + mapLayer.id() + " tiles are drawn only as they are now;"
                    + " only the " + MapLayer.datedIds() + " tiles take asOf");
        }
        if (!format.equals("mvt") && !format.equals("png")) {
            throw ApiException.badParameter("format", "format must be mvt or png, not '" + format + "'");
        }
        if (style != null) {
            if (!format.equals("png")) {
                throw ApiException.badParameter("style", "vector tiles have no style: clients style them");
            }
            try {
                renderer.theme(new LayerRequest(mapLayer, style));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("style", e.getMessage());
            }
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(base).path("/tiles/" + mapLayer.id())
                .path("/{z}/{x}/{y}." + format);
        if (style != null) {
            url.queryParam("style", style);
        }
        if (day != null) {
            url.queryParam("asOf", day);
        }
        Envelope extent = features.extent();
        extent.expandBy(0.05);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(TileJson.of(mapLayer, url.build().toUriString(), format.equals("mvt"), extent, day));
    }

    private static MapLayer layer(String id) {
        return MapLayer.byId(id).orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.NOT_FOUND,
                "Layer not found", "There is no layer '" + id + "'; the layers are " + MapLayer.ids(), Map.of()));
    }
}
