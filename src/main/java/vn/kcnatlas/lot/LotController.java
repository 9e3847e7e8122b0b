package vn.kcnatlas.lot;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.GeoJsonResponses;
import vn.kcnatlas.zone.ZoneRepository;

/** The lots of a zone, as GeoJSON. */
@RestController
class LotController {

    private final LotRepository lots;
    private final ZoneRepository zones;
    private final JsonMapper json;

    LotController(LotRepository lots, ZoneRepository zones, JsonMapper json) {
        this.lots = lots;
        this.zones = zones;
        this.json = json;
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
