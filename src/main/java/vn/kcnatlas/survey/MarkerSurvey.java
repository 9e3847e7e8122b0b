package vn.kcnatlas.survey;

import java.util.List;

import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.Vn2000Tm3;

/**
 * A surveyed boundary: the polygon through the markers in file order, in WGS 84, and the markers.
 *
 * @param zone the TM-3 zone the markers were given in
 * @param boundary longitude/latitude, SRID 4326; its ring starts at the first marker
 * @param markers in file order, without the repeat of the first marker that may close the file
 * @param geodesicAreaHa the boundary's area on the WGS 84 ellipsoid
 * @param planeAreaHa the area in the TM-3 plane, as a surveyor's software computes it from the same
 *     coordinates
 */
public record MarkerSurvey(Vn2000Tm3 zone, Polygon boundary, List<SurveyMarker> markers, double geodesicAreaHa,
        double planeAreaHa) {

    public MarkerSurvey {
        markers = List.copyOf(markers);
    }
}
