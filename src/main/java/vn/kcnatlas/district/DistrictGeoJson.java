package vn.kcnatlas.district;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.geo.GeoJsonFeature;

/** Districts as GeoJSON features: the same properties in the API and in OGC API Features. */
public final class DistrictGeoJson {

    private DistrictGeoJson() {
    }

    /**
     * @param provinceName the name of the district's province
     */
    public static GeoJsonFeature feature(District district, String provinceName) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", district.code());
        p.put("name", district.name());
        p.put("displayName", district.displayName());
        p.put("unitType", district.unitType().code());
        p.put("provinceCode", district.provinceCode());
        p.put("province", provinceName);
        p.put("labelPoint", List.of(district.labelPoint().getX(), district.labelPoint().getY()));
        p.put("hasBoundary", district.boundary() != null);
        p.put("boundarySource", district.boundarySource());
        p.put("version", district.version());
        return new GeoJsonFeature(district.code(), district.boundary(), p);
    }
}
