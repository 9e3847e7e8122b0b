package vn.kcnatlas.map.tile;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

import vn.kcnatlas.admission.Admission;
import vn.kcnatlas.map.MapCrs;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.cache.RenderCache;
import vn.kcnatlas.map.cache.RenderedOutput;
import vn.kcnatlas.map.render.ImageFormat;
import vn.kcnatlas.map.render.LayerRequest;
import vn.kcnatlas.map.render.MapRenderer;
import vn.kcnatlas.map.render.MapRequest;
import vn.kcnatlas.map.render.RenderBudget;
import vn.kcnatlas.map.render.RenderBusyException;
import vn.kcnatlas.map.render.RenderedMap;
import vn.kcnatlas.web.ServerBusyException;

/**
 * XYZ tiles, raster and vector, through the render cache. A cached tile is served without a place from
 * {@link Admission}; drawing one takes a place, as every other request does.
 */
@Service
public class TileService {

    public static final String MVT = RenderedOutput.VECTOR_TILE;
    static final int TILE_SIZE = 256;

    private final MapRenderer renderer;
    private final VectorTiles vectorTiles;
    private final RenderCache cache;
    private final RenderBudget budget;
    private final Admission admission;

    TileService(MapRenderer renderer, VectorTiles vectorTiles, RenderCache cache, RenderBudget budget,
            Admission admission) {
        this.renderer = renderer;
        this.vectorTiles = vectorTiles;
        this.cache = cache;
        this.budget = budget;
        this.admission = admission;
    }

    /**
     * A PNG tile.
     *
     * @param request the layer, the theme to colour by (null for the layer's default) and the day it shows
     * @param pixelRatio 1 for 256-pixel tiles, 2 for 512-pixel high-DPI ones
     * @throws IllegalArgumentException for a theme the layer does not have
     * @throws RenderBusyException if the server is drawing as much as its memory allows
     * @throws ServerBusyException if the server is answering as many requests as it admits
     */
    public RenderedOutput png(LayerRequest request, TileId tile, int pixelRatio) {
        MapLayer layer = request.layer();
        String themeName = renderer.themeName(request);
        String key = "png:" + layer.id() + request.dayKey() + ":" + themeName + ":" + tile + "@" + pixelRatio;
        return cache.get(key, Set.of(layer), () -> footprint(tile, MapRenderer.BUFFER_PIXELS / TILE_SIZE), admitted(() -> {
            int size = TILE_SIZE * pixelRatio;
            try (RenderBudget.Lease lease = budget.lease(size, size)) {
                RenderedMap map = renderer.render(new MapRequest(MapCrs.EPSG_3857, tile.mercatorBox(), size, size,
                        List.of(request), true, Color.WHITE, pixelRatio));
                return map.features() == 0 ? RenderedOutput.empty(ImageFormat.PNG.mediaType())
                        : RenderedOutput.of(ImageFormat.PNG.encode(map.image()), ImageFormat.PNG.mediaType(),
                                request.asOf());
            }
        }));
    }

    /**
     * A Mapbox vector tile.
     *
     * @param asOf the day whose end a dated layer shows, or null for now
     * @throws ServerBusyException if the server is answering as many requests as it admits
     */
    public RenderedOutput mvt(MapLayer layer, TileId tile, LocalDate asOf) {
        LayerRequest request = new LayerRequest(layer, null, asOf);
        String key = "mvt:" + layer.id() + request.dayKey() + ":" + tile;
        return cache.get(key, Set.of(layer), () -> footprint(tile, (double) VectorTiles.BUFFER / VectorTiles.EXTENT),
                admitted(() -> {
                    byte[] bytes = vectorTiles.encode(layer, tile, asOf);
                    return bytes.length == 0 ? RenderedOutput.empty(MVT) : RenderedOutput.of(bytes, MVT, asOf);
                }));
    }

    private Supplier<RenderedOutput> admitted(Supplier<RenderedOutput> draw) {
        return () -> {
            try (Admission.Permit permit = admission.enter()) {
                return draw.get();
            }
        };
    }

    /** The longitude/latitude area a tile's content depends on: the tile and a margin, as a share of its size. */
    private static Envelope footprint(TileId tile, double margin) {
        Envelope box = tile.mercatorBox();
        box.expandBy(box.getWidth() * margin);
        return MapCrs.EPSG_3857.toWgs84(box);
    }
}
