package vn.kcnatlas.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.AdminUnitRepository.DistrictFilter;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.DistrictGeoJson;
import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.map.MapLayer;

/** The districts; their geometry is null until their boundaries are imported. */
@Component
class DistrictSource implements FeatureSource {

    private static final List<Property> PROPERTIES = List.of(
            new Property("code", PropertyType.TEXT), new Property("name", PropertyType.TEXT),
            new Property("displayName", PropertyType.TEXT), new Property("unitType", PropertyType.TEXT),
            new Property("provinceCode", PropertyType.TEXT), new Property("province", PropertyType.TEXT),
            new Property("labelPoint", PropertyType.COORDINATES), new Property("hasBoundary", PropertyType.BOOLEAN),
            new Property("boundarySource", PropertyType.TEXT), new Property("version", PropertyType.INTEGER));

    private static final List<Queryable> QUERYABLES = List.of(
            Queryable.text("provinceCode", "The code of the district's province, e.g. dong-thap"),
            new Queryable("unitType", "The kind of unit: rural district (huyen), city (thanh_pho), town (thi_xa),"
                    + " urban district (quan)", Arrays.stream(UnitType.values()).map(UnitType::code).toList()));

    private final AdminUnitRepository units;

    DistrictSource(AdminUnitRepository units) {
        this.units = units;
    }

    @Override
    public MapLayer layer() {
        return MapLayer.DISTRICTS;
    }

    @Override
    public String description() {
        return "District-level administrative units (huyện, thành phố, thị xã, quận) with their boundaries once"
                + " imported";
    }

    @Override
    public List<Property> properties() {
        return PROPERTIES;
    }

    @Override
    public List<Queryable> queryables() {
        return QUERYABLES;
    }

    @Override
    public Page page(ItemsQuery query) {
        DistrictFilter filter = new DistrictFilter(query.value("provinceCode").orElse(null),
                query.value("unitType").flatMap(UnitType::fromCode).orElse(null), query.box());
        long matched = units.countDistricts(filter);
        List<District> page = matched > query.offset() ? units.districts(filter, query.offset(), query.limit())
                : List.of();
        Map<String, String> provinces = units.provinceNames();
        return new Page(page.stream().map(d -> DistrictGeoJson.feature(d, provinces.get(d.provinceCode()))).toList(), matched);
    }

    @Override
    public Optional<Found> feature(String featureId) {
        return units.district(featureId)
                .map(d -> new Found(DistrictGeoJson.feature(d, units.provinceNames().get(d.provinceCode())), "v" + d.version() + "-"));
    }

    @Override
    public Optional<Envelope> extent() {
        return units.districtExtent();
    }
}
