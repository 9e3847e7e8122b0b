package vn.kcnatlas.ogc;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotGeoJson;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.lot.LotStatus;
import vn.kcnatlas.map.MapLayer;

/**
 * The lots, paged by the store: there may be a million. A lot's id here is {@code zone~code}
 * ({@code kcn-song-hau~L01}) rather than the API's {@code zone/code}: a slash cannot stand in one path
 * segment, {@code %2F} is refused by Tomcat and by many proxies, and GDAL appends ids to the items URL
 * unencoded. '~' is unreserved in URIs and occurs in no zone or lot code.
 */
@Component
class LotSource implements FeatureSource {

    private static final char ID_SEPARATOR = '~';

    /** What {@link LotGeoJson#feature} writes. */
    private static final List<Property> PROPERTIES = List.of(
            new Property("zone", PropertyType.TEXT), new Property("code", PropertyType.TEXT),
            new Property("status", PropertyType.TEXT), new Property("areaHa", PropertyType.NUMBER),
            new Property("tenant", PropertyType.TEXT), new Property("priceUsdM2", PropertyType.NUMBER),
            new Property("source", PropertyType.TEXT), new Property("illustrative", PropertyType.BOOLEAN),
            new Property("version", PropertyType.INTEGER), new Property("updatedAt", PropertyType.DATE_TIME));

    private static final List<Queryable> QUERYABLES = List.of(
            Queryable.text("zone", "The code of the zone the lot lies in, e.g. kcn-song-hau"),
            Queryable.codes("status", "Whether the lot can still be leased", LotStatus.class));

    private final LotRepository lots;

    LotSource(LotRepository lots) {
        this.lots = lots;
    }

    @Override
    public MapLayer layer() {
        return MapLayer.LOTS;
    }

    @Override
    public String description() {
        return "Lots (lô đất) inside the zones, with their area, lease status, tenant and price;"
                + " illustrative = true marks a demonstration layout that no source backs";
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
        LotRepository.Filter filter = new LotRepository.Filter(query.value("zone").orElse(null),
                query.code("status", LotStatus.class).orElse(null), query.box());
        long matched = lots.count(filter);
        List<Lot> page = matched > query.offset() ? lots.find(filter, query.offset(), query.limit()) : List.of();
        return new Page(page.stream().map(LotSource::feature).toList(), matched);
    }

    @Override
    public Optional<Found> feature(String featureId) {
        int separator = featureId.indexOf(ID_SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        return lots.find(featureId.substring(0, separator), featureId.substring(separator + 1))
                .map(lot -> new Found(feature(lot), ""));
    }

    @Override
    public Optional<Envelope> extent() {
        return lots.extent();
    }

    private static GeoJsonFeature feature(Lot lot) {
        GeoJsonFeature feature = LotGeoJson.feature(lot);
        return new GeoJsonFeature(lot.zoneCode() + ID_SEPARATOR + lot.code(), feature.geometry(), feature.properties());
    }
}
