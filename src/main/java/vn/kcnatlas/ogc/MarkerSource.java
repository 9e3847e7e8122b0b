package vn.kcnatlas.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.zone.ZoneMarker;
import vn.kcnatlas.zone.ZoneMarkerGeoJson;
import vn.kcnatlas.zone.ZoneMarkerRepository;

/**
 * The zones' boundary markers as surveyed, paged by the store. A marker's id here is {@code zone~seq}
 * ({@code kcn-cao-lanh~3}), its place in the file's order, because the surveyors' own id ({@code Mốc 3/1})
 * may hold what a path segment cannot; it is the {@code marker} property. The ETag of an item follows the
 * zone version its survey made.
 */
@Component
class MarkerSource implements FeatureSource {

    private static final char ID_SEPARATOR = '~';

    /** What {@link ZoneMarkerGeoJson#properties} writes. */
    private static final List<Property> PROPERTIES = List.of(
            new Property("zone", PropertyType.TEXT), new Property("marker", PropertyType.TEXT),
            new Property("seq", PropertyType.INTEGER), new Property("x", PropertyType.NUMBER),
            new Property("y", PropertyType.NUMBER), new Property("lon", PropertyType.NUMBER),
            new Property("lat", PropertyType.NUMBER), new Property("crs", PropertyType.TEXT),
            new Property("zoneVersion", PropertyType.INTEGER), new Property("appliedAt", PropertyType.DATE_TIME),
            new Property("appliedBy", PropertyType.TEXT));

    private static final List<Queryable> QUERYABLES = List.of(
            Queryable.text("zone", "The code of the zone whose boundary the marker stakes out, e.g. kcn-cao-lanh"));

    private final ZoneMarkerRepository markers;

    MarkerSource(ZoneMarkerRepository markers) {
        this.markers = markers;
    }

    @Override
    public MapLayer layer() {
        return MapLayer.MARKERS;
    }

    @Override
    public String description() {
        return "Boundary markers (mốc) of the zones as surveyed: the marker's id, its place in the survey file's"
                + " order, x (northing) and y (easting) in metres in the VN-2000 TM-3 zone crs ("
                + String.join(" or ", Arrays.stream(Vn2000Tm3.values()).map(Vn2000Tm3::code).toList())
                + "), its WGS 84 lon/lat, and the zone version whose boundary the survey made";
    }

    @Override
    public String geometry() {
        return "A GeoJSON Point in CRS84";
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
        ZoneMarkerRepository.Filter filter = new ZoneMarkerRepository.Filter(query.value("zone").orElse(null),
                query.box());
        long matched = markers.count(filter);
        List<ZoneMarker> page = matched > query.offset() ? markers.find(filter, query.offset(), query.limit())
                : List.of();
        return new Page(page.stream().map(MarkerSource::feature).toList(), matched);
    }

    @Override
    public Optional<Found> feature(String featureId) {
        int separator = featureId.lastIndexOf(ID_SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            return markers.find(featureId.substring(0, separator),
                    Integer.parseInt(featureId.substring(separator + 1)))
                    .map(marker -> new Found(feature(marker), "v" + marker.zoneVersion() + "-"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Envelope> extent() {
        return markers.extent();
    }

    private static GeoJsonFeature feature(ZoneMarker marker) {
        return new GeoJsonFeature(marker.zoneCode() + ID_SEPARATOR + marker.seq(), marker.marker().wgs84(),
                ZoneMarkerGeoJson.properties(marker));
    }
}
