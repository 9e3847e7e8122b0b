package vn.kcnatlas.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.District;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.lot.Lot;
import vn.kcnatlas.lot.LotRepository;
import vn.kcnatlas.zone.ZoneDrawing;
import vn.kcnatlas.zone.ZoneFigures;
import vn.kcnatlas.zone.ZoneMarker;
import vn.kcnatlas.zone.ZoneMarkerGeoJson;
import vn.kcnatlas.zone.ZoneMarkerRepository;
import vn.kcnatlas.zone.ZoneQuery;
import vn.kcnatlas.zone.ZoneRepository;
import vn.kcnatlas.zone.ZoneView;

/**
 * The one source of map features for every output, WMS, PNG and vector tiles alike: the features of a
 * layer that meet a box, with the properties the styles, labels and feature info use. Zones without a
 * boundary and boundary markers are points; the rest are areas.
 */
@Component
public class LayerFeatures {

    /** More lots than this in one map request means the request is too wide to draw lots at all. */
    public static final int MAX_LOTS_PER_REQUEST = 50_000;

    /**
     * The properties of the zones a map draws ({@link #drawn}): those the zone styles colour and label by, and
     * whether the zone has a boundary; each the same as in {@link #features}.
     */
    public static final Set<String> DRAWN_ZONE_PROPERTIES = Set.of("code", "name", "investmentStatus",
            "clearanceStatus", "occupancyPct", "hasBoundary");

    private final ZoneRepository zones;
    private final LotRepository lots;
    private final AdminUnitRepository districts;
    private final ZoneMarkerRepository markers;

    LayerFeatures(ZoneRepository zones, LotRepository lots, AdminUnitRepository districts,
            ZoneMarkerRepository markers) {
        this.zones = zones;
        this.lots = lots;
        this.districts = districts;
        this.markers = markers;
    }

    /** The attributes each layer's features carry, with their TileJSON types, in order. */
    public static Map<String, String> fields(MapLayer layer) {
        return switch (layer) {
            case ZONES -> ordered("code", "String", "name", "String", "kind", "String", "lifecycle", "String",
                    "investmentStatus", "String", "clearanceStatus", "String", "occupancyPct", "Number",
                    "availableHa", "Number", "areaHa", "Number", "district", "String", "province", "String",
                    "hasBoundary", "Boolean", "boundaryQuality", "String");
            case LOTS -> ordered("zone", "String", "code", "String", "status", "String", "areaHa", "Number",
                    "tenant", "String", "priceUsdM2", "Number", "illustrative", "Boolean");
            case DISTRICTS -> ordered("code", "String", "name", "String", "displayName", "String", "provinceCode",
                    "String");
            case MARKERS -> ordered("zone", "String", "marker", "String", "seq", "Number", "x", "Number", "y",
                    "Number", "lon", "Number", "lat", "Number", "crs", "String");
        };
    }

    /** The area the registry covers: every zone and district, in longitude/latitude. */
    public Envelope extent() {
        Envelope extent = new Envelope();
        zones.find(ZoneQuery.ALL).forEach(z -> extent.expandToInclude(
                (z.zone().boundary() != null ? z.zone().boundary() : z.place().markerPoint()).getEnvelopeInternal()));
        districts.districtsWithoutBoundaries().forEach(d -> extent.expandToInclude(d.labelPoint().getCoordinate()));
        return extent;
    }

    private static Map<String, String> ordered(String... namesAndTypes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return fields;
    }

    /**
     * @param asOf the day whose end a {@linkplain MapLayer#dated() dated} layer shows; null for now
     * @param box a longitude/latitude box; parts outside the world are ignored
     * @param detail how much detail this scale draws: the band whose boundaries zones and lots come from,
     *         how far district boundaries are simplified, and which zones are too small to draw as shapes
     */
    public List<MapFeature> features(MapLayer layer, LocalDate asOf, Envelope box, Generalisation detail) {
        return read(layer, asOf, box, detail, (world, day) -> placed(
                zones.findDrawable(bbox(world), day, detail.band()), world, detail,
                v -> v.zone().boundary(), v -> v.place().markerPoint(), LayerFeatures::zone));
    }

    /**
     * The features of a layer as {@link #features} finds them, for a map to draw: zones carry only the
     * properties of {@link #DRAWN_ZONE_PROPERTIES}, read without the figures and areas no map draws; the
     * other layers in full.
     */
    public List<MapFeature> drawn(MapLayer layer, LocalDate asOf, Envelope box, Generalisation detail) {
        return read(layer, asOf, box, detail, (world, day) -> placed(
                zones.findDrawing(bbox(world), day, detail.band()), world, detail,
                ZoneDrawing::boundary, ZoneDrawing::districtLabel, LayerFeatures::drawnZone));
    }

    /** How zones are read: the features of those a map of a box (within the world) draws on a day, null for now. */
    private interface ZoneRead {
        List<MapFeature> read(Envelope world, LocalDate asOf);
    }

    private List<MapFeature> read(MapLayer layer, LocalDate asOf, Envelope box, Generalisation detail,
            ZoneRead zoneRead) {
        layer.checkDay(asOf);
        Envelope world = box.intersection(new Envelope(-180, 180, -90, 90));
        if (world.isNull() || world.getWidth() == 0 || world.getHeight() == 0) {
            return List.of();
        }
        return switch (layer) {
            case ZONES -> zoneRead.read(world, asOf);
            case LOTS -> lots.findInBox(bbox(world), MAX_LOTS_PER_REQUEST, detail.band()).stream()
                    .map(LayerFeatures::lot).toList();
            case DISTRICTS -> districts.districtsInBox(bbox(world), detail.tolerance()).stream()
                    .map(LayerFeatures::district).toList();
            case MARKERS -> markers.findDrawable(bbox(world)).stream().map(LayerFeatures::marker).toList();
        };
    }

    /**
     * Zones with a boundary meeting the box, drawn as the detail says (as their point when small on
     * screen), and zones without one whose marker falls in it.
     *
     * @param boundary a zone's boundary, null when it has none
     * @param marker where a zone without a boundary is marked
     */
    private static <Z> List<MapFeature> placed(List<Z> found, Envelope box, Generalisation detail,
            Function<Z, Geometry> boundary, Function<Z, Point> marker, BiFunction<Z, Geometry, MapFeature> feature) {
        List<MapFeature> features = new ArrayList<>();
        for (Z zone : found) {
            Geometry shape = boundary.apply(zone);
            if (shape != null) {
                features.add(feature.apply(zone, detail.zoneShape(shape)));
            } else if (box.contains(marker.apply(zone).getCoordinate())) {
                features.add(feature.apply(zone, marker.apply(zone)));
            }
        }
        return features;
    }

    /** A zone's feature as a map draws it: the properties of {@link #DRAWN_ZONE_PROPERTIES}. */
    private static MapFeature drawnZone(ZoneDrawing zone, Geometry shape) {
        Map<String, Object> p = HashMap.newHashMap(DRAWN_ZONE_PROPERTIES.size());
        p.put("code", zone.code());
        p.put("name", zone.name());
        p.put("investmentStatus", zone.investmentStatus().code());
        p.put("clearanceStatus", zone.clearanceStatus().code());
        p.put("occupancyPct", round(zone.occupancyPct()));
        p.put("hasBoundary", zone.boundary() != null);
        return new MapFeature(zone.code(), shape, p);
    }

    /** A zone's feature; {@code hasBoundary} tells a zone drawn as a point because it is small from one without. */
    private static MapFeature zone(ZoneView view, Geometry shape) {
        ZoneFigures figures = view.figures();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", view.zone().code());
        p.put("name", view.zone().name());
        p.put("kind", view.zone().kind().code());
        p.put("lifecycle", view.zone().lifecycle().code());
        p.put("investmentStatus", view.zone().investment().status().code());
        p.put("clearanceStatus", view.zone().land().clearanceStatus().code());
        p.put("occupancyPct", round(figures.occupancyPct()));
        p.put("availableHa", round(figures.availableHa()));
        p.put("areaHa", view.zone().land().areaHa());
        p.put("district", view.place().districtName());
        p.put("province", view.place().provinceName());
        p.put("hasBoundary", view.zone().boundary() != null);
        p.put("boundaryQuality", view.zone().boundaryQuality() == null ? null : view.zone().boundaryQuality().code());
        return new MapFeature(view.zone().code(), shape, p);
    }

    private static MapFeature lot(Lot lot) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", lot.zoneCode());
        p.put("code", lot.code());
        p.put("status", lot.status().code());
        p.put("areaHa", round(lot.areaHa()));
        p.put("tenant", lot.tenant());
        p.put("priceUsdM2", lot.priceUsdM2());
        p.put("illustrative", lot.illustrative());
        return new MapFeature(lot.id(), lot.boundary(), p);
    }

    private static MapFeature district(District district) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", district.code());
        p.put("name", district.name());
        p.put("displayName", district.displayName());
        p.put("provinceCode", district.provinceCode());
        return new MapFeature(district.code(), district.boundary(), p);
    }

    /** Its id is unique across zones and safe in a path, unlike a marker's own id ({@code Mốc 3/1}). */
    private static MapFeature marker(ZoneMarker marker) {
        return new MapFeature(marker.zoneCode() + "~" + marker.seq(), marker.marker().wgs84(),
                ZoneMarkerGeoJson.mapped(marker));
    }

    private static BoundingBox bbox(Envelope box) {
        return new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
