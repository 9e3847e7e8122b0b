package vn.kcnatlas.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.PolygonCheck;
import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.geo.Wgs84;

/** A marker file in a VN-2000 TM-3 zone → the surveyed boundary and its markers in WGS 84. */
final class MarkerSurveyor {

    private static final double SQUARE_METRES_PER_HECTARE = 10_000;

    private MarkerSurveyor() {
    }

    /**
     * @throws SurveyFileException naming every problem of the file found, by row and column
     * @throws IOException when the stream fails
     */
    static MarkerSurvey survey(Vn2000Tm3 zone, InputStream csv) throws IOException {
        return survey(zone, MarkerCsv.read(csv));
    }

    static MarkerSurvey survey(Vn2000Tm3 zone, List<MarkerRow> rows) {
        Tm3Conversion conversion = new Tm3Conversion(zone);
        List<SurveyMarker> located = locate(rows, conversion, zone);
        BoundaryRing ring = BoundaryRing.of(rows, conversion);
        // The ring is the file's rows, less a closing repeat of the first marker at the end.
        List<SurveyMarker> markers = located.subList(0, ring.markers().size());
        Coordinate[] lonLat = new Coordinate[markers.size() + 1];
        for (int i = 0; i < markers.size(); i++) {
            lonLat[i] = markers.get(i).wgs84().getCoordinate();
        }
        lonLat[markers.size()] = lonLat[0];
        Polygon boundary = Wgs84.FACTORY.createPolygon(lonLat);
        return new MarkerSurvey(zone, boundary, markers, GeodesicArea.hectares(boundary),
                ring.plane().getArea() / SQUARE_METRES_PER_HECTARE);
    }

    /** Each row in WGS 84, refusing those that land outside Vietnam. */
    private static List<SurveyMarker> locate(List<MarkerRow> rows, Tm3Conversion conversion, Vn2000Tm3 zone) {
        ProblemList problems = new ProblemList();
        List<SurveyMarker> markers = new ArrayList<>(rows.size());
        for (MarkerRow row : rows) {
            Coordinate lonLat = conversion.toWgs84(row.northing(), row.easting());
            if (!PolygonCheck.VIETNAM.contains(lonLat)) {
                problems.add(row.problem(null, String.format(Locale.ROOT, "in %s the marker is at %.6f°E %.6f°N,"
                        + " outside Vietnam: are the coordinates in another zone or CRS?", zone.code(), lonLat.x,
                        lonLat.y)).withPosition(lonLat));
            }
            markers.add(new SurveyMarker(row.marker(), row.row(), row.northing(), row.easting(),
                    Wgs84.FACTORY.createPoint(lonLat)));
        }
        problems.throwIfAny();
        return markers;
    }
}
