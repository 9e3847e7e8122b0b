package vn.kcnatlas.lot;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.GeoJsonResponses;
import vn.kcnatlas.zone.ZoneRepository;

/** The lots of a zone, as GeoJSON. */
@RestController
class LotController {

    private static final int MAX_LIMIT = 10_000;

    private final LotRepository lots;
    private final ZoneRepository zones;
    private final JsonMapper json;

    LotController(LotRepository lots, ZoneRepository zones, JsonMapper json) {
        this.lots = lots;
        this.zones = zones;
        this.json = json;
    }

    /** Lots in a box, for maps at high zoom; {@code limit} caps the answer (default 1000, at most 10000). */
    @GetMapping("/api/lots")
    ResponseEntity<byte[]> lotsInBox(@RequestParam String bbox, @RequestParam(defaultValue = "1000") String limit,
            WebRequest request) {
        BoundingBox box;
        try {
            box = BoundingBox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("bbox", e.getMessage());
        }
        int max = parseLimit(limit);
        List<Lot> found = lots.findInBox(box, max + 1, Band.FULL);
        List<GeoJsonFeature> features = found.stream().limit(max).map(LotGeoJson::feature).toList();
        return GeoJsonResponses.ok(GeoJsonFeature.collection(features,
                Map.of("numberReturned", features.size(), "truncated", found.size() > max)), "", json, request);
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", got '"
                + text + "'");
    }

    /** One lot, with an ETag naming its version for the writes' If-Match. */
    @GetMapping("/api/zones/{code}/lots/{lot}")
    ResponseEntity<byte[]> lot(@PathVariable String code, @PathVariable String lot, WebRequest request) {
        Lot found = lots.find(code, lot).orElseThrow(() -> ApiException.notFound("Lot", code + "/" + lot));
        return GeoJsonResponses.ok(LotGeoJson.feature(found).toJson(), "v" + found.version() + "-", json, request);
    }

    @GetMapping("/api/zones/{code}/lots")
    ResponseEntity<byte[]> lotsOfZone(@PathVariable String code, WebRequest request) {
        if (!zones.exists(code)) {
            throw ApiException.notFound("Zone", code);
        }
        List<GeoJsonFeature> features = lots.findByZone(code).stream().map(LotGeoJson::feature).toList();
        return GeoJsonResponses.ok(GeoJsonFeature.collection(features, Map.of("numberMatched", features.size())), "",
                json, request);
    }
}
