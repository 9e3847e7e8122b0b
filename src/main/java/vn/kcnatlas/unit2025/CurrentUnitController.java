package vn.kcnatlas.unit2025;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.web.GeoJsonResponses;

/**
 * Today's communes and provinces as imported, empty collections before an import. With
 * {@code boundaries=false} the features carry no geometry: enough for a list of names, at a fraction of
 * the size.
 */
@RestController
class CurrentUnitController {

    private final CurrentUnitRepository repository;
    private final JsonMapper json;

    CurrentUnitController(CurrentUnitRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @GetMapping("/api/communes")
    ResponseEntity<byte[]> communes(@RequestParam(defaultValue = "true") boolean boundaries, WebRequest request) {
        Map<String, String> provinces = repository.provinceNames();
        return collection(repository.communes().stream().map(c -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", c.code());
            p.put("name", c.name());
            p.put("fullName", c.fullName());
            p.put("provinceCode", c.provinceCode());
            p.put("provinceName", provinces.get(c.provinceCode()));
            p.put("source", c.source());
            return new GeoJsonFeature(c.code(), boundaries ? c.boundary() : null, p);
        }).toList(), request);
    }

    @GetMapping("/api/provinces2025")
    ResponseEntity<byte[]> provinces(@RequestParam(defaultValue = "true") boolean boundaries, WebRequest request) {
        Map<String, Integer> communes = repository.communeCounts();
        return collection(repository.provinces().stream().map(province -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", province.code());
            p.put("name", province.name());
            p.put("communeCount", communes.getOrDefault(province.code(), 0));
            p.put("source", province.source());
            return new GeoJsonFeature(province.code(), boundaries ? province.boundary() : null, p);
        }).toList(), request);
    }

    private ResponseEntity<byte[]> collection(List<GeoJsonFeature> features, WebRequest request) {
        return GeoJsonResponses.ok(GeoJsonFeature.collection(features, Map.of("numberMatched", features.size())), "",
                json, request);
    }
}
