package vn.kcnatlas.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.geo.GeoJsonFeature;

/**
 * A surveyed boundary as a GeoJSON FeatureCollection: the boundary Polygon (id {@code boundary}) with its
 * markers' ids and its areas, then one Point per marker (id {@code marker:} and the marker's id) with its
 * VN-2000 x/y and WGS 84 lon/lat.
 */
public final class MarkerSurveyGeoJson {

    // Rounded to a millimetre, a nanodegree (0.1 mm) and a square metre: past what any survey measures.
    private static final double MILLIMETRES_PER_METRE = 1e3;
    private static final double NANODEGREES_PER_DEGREE = 1e9;
    private static final double SQUARE_METRES_PER_HECTARE = 1e4;

    private MarkerSurveyGeoJson() {
    }

    static Map<String, Object> collection(MarkerSurvey survey) {
        List<GeoJsonFeature> features = new ArrayList<>(survey.markers().size() + 1);
        Map<String, Object> boundary = new LinkedHashMap<>();
        boundary.put("kind", "boundary");
        boundary.put("markers", survey.markers().stream().map(SurveyMarker::id).toList());
        boundary.put("geodesicAreaHa", round(survey.geodesicAreaHa(), SQUARE_METRES_PER_HECTARE));
        boundary.put("planeAreaHa", round(survey.planeAreaHa(), SQUARE_METRES_PER_HECTARE));
        features.add(new GeoJsonFeature("boundary", survey.boundary(), boundary));
        for (SurveyMarker marker : survey.markers()) {
            features.add(new GeoJsonFeature("marker:" + marker.id(), marker.wgs84(), properties(marker)));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("sourceCrs", survey.zone().code());
        members.put("sourceCrsTitle", survey.zone().title());
        members.put("markerCount", survey.markers().size());
        return GeoJsonFeature.collection(features, members);
    }

    private static Map<String, Object> properties(SurveyMarker marker) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "marker");
        properties.put("marker", marker.id());
        properties.put("row", marker.row());
        properties.putAll(position(marker));
        return properties;
    }

    /**
     * Where a marker is, as every output writes it: {@code x} (northing) and {@code y} (easting) in VN-2000
     * metres, {@code lon} and {@code lat} in WGS 84 degrees.
     */
    public static Map<String, Object> position(SurveyMarker marker) {
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("x", round(marker.northing(), MILLIMETRES_PER_METRE));
        position.put("y", round(marker.easting(), MILLIMETRES_PER_METRE));
        position.put("lon", round(marker.wgs84().getX(), NANODEGREES_PER_DEGREE));
        position.put("lat", round(marker.wgs84().getY(), NANODEGREES_PER_DEGREE));
        return position;
    }

    private static double round(double value, double stepsPerUnit) {
        return Math.round(value * stepsPerUnit) / stepsPerUnit;
    }
}
