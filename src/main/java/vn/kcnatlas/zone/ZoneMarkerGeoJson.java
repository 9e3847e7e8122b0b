package vn.kcnatlas.zone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.survey.MarkerSurveyGeoJson;

/**
 * A zone's stored boundary markers as GeoJSON Points: the marker's id, its place in the file's order, its
 * VN-2000 x/y (x the northing) and CRS, its WGS 84 lon/lat, and the zone version its survey made.
 */
public final class ZoneMarkerGeoJson {

    private ZoneMarkerGeoJson() {
    }

    /** The API's feature of a marker: its id is the marker's id, unique within its zone. */
    public static GeoJsonFeature feature(ZoneMarker marker) {
        return new GeoJsonFeature(marker.marker().id(), marker.marker().wgs84(), properties(marker));
    }

    public static Map<String, Object> properties(ZoneMarker marker) {
        Map<String, Object> p = mapped(marker);
        p.put("zoneVersion", marker.zoneVersion());
        p.put("appliedAt", marker.appliedAt().toString());
        p.put("appliedBy", marker.appliedBy());
        return p;
    }

    /** What maps show of a marker: its zone, id, place in the file's order, position and CRS. */
    public static Map<String, Object> mapped(ZoneMarker marker) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", marker.zoneCode());
        p.put("marker", marker.marker().id());
        p.put("seq", marker.seq());
        p.putAll(MarkerSurveyGeoJson.position(marker.marker()));
        p.put("crs", marker.crs().code());
        return p;
    }

    /** A zone's markers, in file order, with their number and CRS as foreign members. */
    static Map<String, Object> collection(String zoneCode, List<ZoneMarker> markers) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("zone", zoneCode);
        members.put("markerCount", markers.size());
        members.put("sourceCrs", markers.isEmpty() ? null : markers.getFirst().crs().code());
        return GeoJsonFeature.collection(markers.stream().map(ZoneMarkerGeoJson::feature).toList(), members);
    }
}
