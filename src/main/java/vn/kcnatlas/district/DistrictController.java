package vn.kcnatlas.district;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Map<String, Province> provinces = repository.provinces().stream()
                .collect(Collectors.toMap(Province::code, Function.identity()));
        List<GeoJsonFeature> features = repository.districts().stream()
                .map(d -> feature(d, provinces.get(d.provinceCode()))).toList();
        return GeoJsonResponses.ok(GeoJsonFeature.collection(features, Map.of("numberMatched", features.size())), "",
                json, request);
    }

    static GeoJsonFeature feature(District district, Province province) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", district.code());
        p.put("name", district.name());
        p.put("displayName", district.displayName());
        p.put("unitType", district.unitType().code());
        p.put("provinceCode", district.provinceCode());
        p.put("province", province.name());
        p.put("labelPoint", List.of(district.labelPoint().getX(), district.labelPoint().getY()));
        p.put("hasBoundary", district.boundary() != null);
        p.put("boundarySource", district.boundarySource());
        p.put("version", district.version());
        return new GeoJsonFeature(district.code(), district.boundary(), p);
    }
}
