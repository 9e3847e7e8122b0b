package vn.kcnatlas.map.tile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Envelope;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.cache.RenderedResponses;
import vn.kcnatlas.web.ApiException;

/**
 * XYZ tiles: {@code /tiles/{layer}/{z}/{x}/{y}.png} (256 px), {@code …@2x.png} (512 px for high-DPI
 * screens), {@code …/{y}.mvt}, and TileJSON 3.0.0 at {@code /tiles/{layer}.json}. A tile with nothing
 * in it answers 204 No Content, raster and vector alike.
 */
@RestController
class TileController {

    private static final Pattern TILE_NAME = Pattern.compile("(\\d+)(@2x)?\\.(png|mvt)");

    private final TileService tiles;
    private final LayerFeatures features;

    TileController(TileService tiles, LayerFeatures features) {
        this.tiles = tiles;
        this.features = features;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{name}")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
            @PathVariable String name, @RequestParam(required = false) String style, WebRequest request) {
        MapLayer mapLayer = layer(layer);
        Matcher m = TILE_NAME.matcher(name);
        if (!m.matches()) {
            throw ApiException.badParameter("y", "a tile is named {y}.png, {y}@2x.png or {y}.mvt, not '" + name + "'");
        }
        TileId tile = tileId(z, x, m.group(1));
        boolean png = m.group(3).equals("png");
        if (!png && (m.group(2) != null || style != null)) {
            throw ApiException.badParameter(m.group(2) != null ? "y" : "style",
                    "vector tiles have no @2x size and no style: clients style them");
        }
        try {
            return RenderedResponses.respond(png ? tiles.png(mapLayer, style, tile, m.group(2) != null ? 2 : 1)
                    : tiles.mvt(mapLayer, tile), request);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("style", e.getMessage());
        }
    }

    @GetMapping("/tiles/{layer}.json")
    ResponseEntity<Map<String, Object>> tileJson(@PathVariable String layer,
            @RequestParam(defaultValue = "mvt") String format, @RequestParam(required = false) String style) {
        MapLayer mapLayer = layer(layer);
        if (!format.equals("mvt") && !format.equals("png")) {
            throw ApiException.badParameter("format", "format must be mvt or png, not '" + format + "'");
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String url = base + "/tiles/" + mapLayer.id() + "/{z}/{x}/{y}." + format
                + (style != null && format.equals("png") ? "?style=" + style : "");
        Envelope extent = features.extent();
        extent.expandBy(0.05);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(TileJson.of(mapLayer, url, format.equals("mvt"), extent));
    }

    private static MapLayer layer(String id) {
        return MapLayer.byId(id).orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.NOT_FOUND,
                "Layer not found", "There is no layer '" + id + "'; the layers are zones, lots and districts", Map.of()));
    }

    private static TileId tileId(String z, String x, String y) {
        try {
            return new TileId(Integer.parseInt(z), Integer.parseInt(x), Integer.parseInt(y));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("z", "tile coordinates must be whole numbers, got " + z + "/" + x + "/" + y);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("z", e.getMessage());
        }
    }
}
