package vn.kcnatlas.district;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.web.GeoJsonResponses;

/** The districts, with their boundaries once imported and their label points always. */
@RestController
class DistrictController {

    private final AdminUnitRepository repository;
    private final JsonMapper json;

    DistrictController(AdminUnitRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @GetMapping("/api/districts")
    ResponseEntity<byte[]> districts(WebRequest request) {
        Map<String, String> provinces = repository.provinceNames();
        List<GeoJsonFeature> features = repository.districts().stream()
                .map(d -> DistrictGeoJson.feature(d, provinces.get(d.provinceCode()))).toList();
        return GeoJsonResponses.ok(GeoJsonFeature.collection(features, Map.of("numberMatched", features.size())), "",
                json, request);
    }
}
