package vn.kcnatlas.map.wms;

import java.awt.Color;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.map.LayerFeatures;
import vn.kcnatlas.map.MapFeature;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.map.render.MapRenderer;
import vn.kcnatlas.map.render.MapRequest;
import vn.kcnatlas.map.wms.FeatureInfoDocuments.LayerHits;

/**
 * GetFeatureInfo: the features of QUERY_LAYERS under pixel (I, J) of the map the other parameters
 * describe. A click hits an area or outline within {@value #TOLERANCE_PIXELS} pixels, and a point (the
 * marker of a zone without a boundary, a boundary marker) anywhere on its disc. A layer the map does not draw at its scale (lots when
 * zoomed out) has nothing to hit. A miss is an empty answer, not an error.
 */
@Component
class GetFeatureInfo implements WmsOperation {

    static final double TOLERANCE_PIXELS = 3;
    private static final int MAX_FEATURE_COUNT = 100;
    /** The answers are data from the registry; nothing in them may load or run anything. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'";

    private final LayerFeatures features;
    private final MapRenderer renderer;
    private final WmsCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    GetFeatureInfo(LayerFeatures features, MapRenderer renderer, WmsCatalog catalog, JsonMapper json, Clock clock) {
        this.features = features;
        this.renderer = renderer;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "GetFeatureInfo";
    }

    @Override
    public ResponseEntity<byte[]> handle(WmsParameters params, WebRequest request) {
        MapView view = MapView.parse(params, catalog, clock);
        Set<MapLayer> queried = queryLayers(params, view);
        InfoFormat format = InfoFormat.parse(params);
        int i = pixel(params, "I", view.width());
        int j = pixel(params, "J", view.height());
        int count = params.integer("FEATURE_COUNT", 1, MAX_FEATURE_COUNT, 1);
        String language = params.language();

        List<LayerHits> hits = new ArrayList<>();
        queried.forEach(layer -> hits.add(new LayerHits(layer, hits(view, layer, i, j, count))));
        byte[] body = switch (format) {
            case JSON -> FeatureInfoDocuments.json(hits, json);
            case HTML -> FeatureInfoDocuments.html(hits, language);
            case TEXT -> FeatureInfoDocuments.text(hits);
        };
        MediaType type = format == InfoFormat.JSON ? MediaType.APPLICATION_JSON
                : MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8");
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY).body(body);
    }

    private Set<MapLayer> queryLayers(WmsParameters params, MapView view) {
        Set<MapLayer> layers = new LinkedHashSet<>();
        for (String name : params.required("QUERY_LAYERS").split(",", -1)) {
            MapLayer layer = catalog.layer(name.strip(), "QUERY_LAYERS");
            if (!view.mapLayers().contains(layer)) {
                throw new WmsException(ExceptionCode.LayerNotQueryable, "QUERY_LAYERS", "Layer " + layer.id()
                        + " is not on the map: QUERY_LAYERS may name only layers that LAYERS draws");
            }
            layers.add(layer);
        }
        return layers;
    }

    private static int pixel(WmsParameters params, String name, int size) {
        String value = params.required(name);
        try {
            int pixel = Integer.parseInt(value);
            if (pixel >= 0 && pixel < size) {
                return pixel;
            }
        } catch (NumberFormatException e) {
            // Refused below: a point that is not a pixel of the map.
        }
        throw new WmsException(ExceptionCode.InvalidPoint, name, name + " must be a pixel of the map, from 0 to "
                + (size - 1) + ", not '" + value + "'");
    }

    /** The layer's features under the pixel, smallest first: a lot before the zone around it. */
    private List<MapFeature> hits(MapView view, MapLayer layer, int i, int j, int count) {
        // Exactly the rule GetMap draws by, so that info never answers for what the map does not show.
        if (!renderer.draws(layer, new MapRequest(view.crs(), view.box(), view.width(), view.height(), List.of(), true,
                Color.WHITE, 1))) {
            return List.of();
        }
        Geometry near = Wgs84.FACTORY.toGeometry(view.nearPixel(i, j, TOLERANCE_PIXELS));
        // The disc and half its white ring.
        double pointHit = MapRenderer.pointRadius(catalog.style(layer)) + 1;
        return features.features(layer, view.dayOf(layer), view.nearPixel(i, j, Math.max(TOLERANCE_PIXELS, pointHit)),
                        Generalisation.FULL)
                .stream()
                .filter(f -> f.geometry() instanceof Point point
                        ? view.pixelDistance(point.getX(), point.getY(), i, j) <= pointHit
                        : f.geometry().intersects(near))
                .sorted(Comparator.comparingDouble(f -> f.geometry().getArea()))
                .limit(count)
                .toList();
    }
}
