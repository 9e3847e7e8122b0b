package vn.kcnatlas.ogc;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.zone.ClearanceStatus;
import vn.kcnatlas.zone.InvestmentStatus;
import vn.kcnatlas.zone.FigureFilter;
import vn.kcnatlas.zone.Lifecycle;
import vn.kcnatlas.zone.ZoneGeoJson;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * The zones, with the properties the API gives them. Zones without a boundary yet have a null geometry,
 * so no bbox finds them. There are hundreds of zones, not millions: they are paged in memory.
 */
@Component
class ZoneSource implements FeatureSource {

    /** What {@link ZoneGeoJson#feature} writes. */
    private static final List<Property> PROPERTIES = List.of(
            new Property("code", PropertyType.TEXT), new Property("name", PropertyType.TEXT),
            new Property("nameInSource", PropertyType.TEXT), new Property("kind", PropertyType.TEXT),
            new Property("provinceCode", PropertyType.TEXT), new Property("districtCode", PropertyType.TEXT),
            new Property("commune", PropertyType.TEXT), new Property("lifecycle", PropertyType.TEXT),
            new Property("decisionNumber", PropertyType.TEXT), new Property("decisionDate", PropertyType.DATE),
            new Property("boundaryQuality", PropertyType.TEXT), new Property("areaHa", PropertyType.NUMBER),
            new Property("leasableHa", PropertyType.NUMBER), new Property("leasedHa", PropertyType.NUMBER),
            new Property("clearanceStatus", PropertyType.TEXT), new Property("clearedHa", PropertyType.NUMBER),
            new Property("investmentStatus", PropertyType.TEXT), new Property("developer", PropertyType.TEXT),
            new Property("contact", PropertyType.TEXT), new Property("contactId", PropertyType.TEXT),
            new Property("rentMinUsdM2", PropertyType.NUMBER), new Property("rentMaxUsdM2", PropertyType.NUMBER),
            new Property("rentBasis", PropertyType.TEXT), new Property("rentUntilYear", PropertyType.INTEGER), new Property("source", PropertyType.TEXT),
            new Property("sourceIds", PropertyType.TEXT_LIST), new Property("asOf", PropertyType.DATE),
            new Property("version", PropertyType.INTEGER), new Property("updatedAt", PropertyType.DATE_TIME),
            new Property("updatedBy", PropertyType.TEXT), new Property("province", PropertyType.TEXT),
            new Property("district", PropertyType.TEXT), new Property("commune2025Code", PropertyType.TEXT),
            new Property("commune2025Name", PropertyType.TEXT), new Property("province2025Code", PropertyType.TEXT),
            new Property("province2025Name", PropertyType.TEXT), new Property("unit2025Basis", PropertyType.TEXT),
            new Property("hasBoundary", PropertyType.BOOLEAN),
            new Property("availableHa", PropertyType.NUMBER), new Property("occupancyPct", PropertyType.NUMBER),
            new Property("occupancyBasis", PropertyType.TEXT), new Property("occupancyAsOf", PropertyType.DATE),
            new Property("geometricAreaHa", PropertyType.NUMBER), new Property("areaMismatch", PropertyType.BOOLEAN),
            new Property("lotCount", PropertyType.INTEGER), new Property("illustrativeLotCount", PropertyType.INTEGER),
            new Property("lotsHa", PropertyType.NUMBER), new Property("lotsLeasedHa", PropertyType.NUMBER),
            new Property("lotsAvailableHa", PropertyType.NUMBER), new Property("markerPoint", PropertyType.COORDINATES),
            new Property("figureSources", PropertyType.OBJECT), new Property("editedAt", PropertyType.DATE_TIME),
            new Property("editedBy", PropertyType.TEXT));

    private static final List<Queryable> QUERYABLES = List.of(
            Queryable.codes("kind", "KCN: industrial zone (khu công nghiệp); CCN: industrial cluster (cụm công nghiệp)",
                    ZoneKind.class),
            Queryable.codes("lifecycle", "Where the zone stands in the plan", Lifecycle.class),
            Queryable.codes("investmentStatus", "The call for investors: for a developer, then for tenants",
                    InvestmentStatus.class),
            Queryable.codes("clearanceStatus", "Land clearance (giải phóng mặt bằng)", ClearanceStatus.class),
            Queryable.text("provinceCode", "The code of the zone's province, e.g. dong-thap"),
            Queryable.text("districtCode", "The code of the zone's district, e.g. dong-thap.cao-lanh"),
            Queryable.text("commune2025Code", "The code of the commune the zone lies in since 1 July 2025, e.g. 30055"),
            Queryable.text("province2025Code", "The code of the province the zone lies in since 1 July 2025, e.g. 82"));

    private final ZoneRepository zones;

    ZoneSource(ZoneRepository zones) {
        this.zones = zones;
    }

    @Override
    public MapLayer layer() {
        return MapLayer.ZONES;
    }

    @Override
    public String description() {
        return "Industrial zones (KCN) and clusters (CCN) with their boundaries, plans, land figures,"
                + " occupancy and investment status";
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
        ZoneQuery zoneQuery = new ZoneQuery(set(query.code("kind", ZoneKind.class)),
                set(query.value("provinceCode")), set(query.value("districtCode")),
                set(query.code("investmentStatus", InvestmentStatus.class)),
                set(query.code("clearanceStatus", ClearanceStatus.class)),
                set(query.code("lifecycle", Lifecycle.class)), FigureFilter.NONE, query.box(), List.of(),
                set(query.value("commune2025Code")), set(query.value("province2025Code")));
        List<ZoneView> matched = zones.find(zoneQuery, query.asOf());
        return new Page(matched.stream().skip(query.offset()).limit(query.limit()).map(ZoneGeoJson::feature).toList(),
                matched.size());
    }

    @Override
    public Optional<Found> feature(String featureId) {
        return zones.findByCode(featureId).map(view -> new Found(ZoneGeoJson.feature(view),
                "v" + view.zone().revision().version() + "-"));
    }

    @Override
    public Optional<Envelope> extent() {
        return zones.extent();
    }

    private static <T> Set<T> set(Optional<T> value) {
        return value.map(Set::of).orElse(Set.of());
    }
}
