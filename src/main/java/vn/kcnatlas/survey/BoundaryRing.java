package vn.kcnatlas.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The boundary the markers draw in file order, closed back to the first, checked in the TM-3 plane where
 * the surveyor measured them: every marker once, at least three, some area, and no crossing.
 *
 * @param markers the file's rows, less a last row that repeats the first marker to close the ring
 * @param plane the polygon in TM-3 metres (x easting, y northing)
 */
record BoundaryRing(List<MarkerRow> markers, Polygon plane) {

    /** Nearer than this to a crossing JTS computed, a segment or marker is at it: the rounding is far smaller. */
    private static final double AT_POINT_METRES = 0.001;
    private static final GeometryFactory PLANE = new GeometryFactory();

    /**
     * @param conversion gives the longitude/latitude of a crossing, so that a map can show it
     * @throws SurveyFileException naming the rows at fault
     */
    static BoundaryRing of(List<MarkerRow> rows, Tm3Conversion conversion) {
        List<MarkerRow> markers = withoutClosingRepeat(rows);
        checkEachOnce(markers);
        if (markers.size() < 3) {
            throw SurveyFileException.invalid(SurveyProblem.ofFile("a boundary needs at least 3 markers; the file has "
                    + markers.size()));
        }
        Coordinate[] ring = new Coordinate[markers.size() + 1];
        for (int i = 0; i < markers.size(); i++) {
            ring[i] = markers.get(i).plane();
        }
        ring[markers.size()] = ring[0];
        Polygon plane = PLANE.createPolygon(ring);
        if (plane.convexHull().getDimension() < 2) {
            throw SurveyFileException.invalid(SurveyProblem.ofFile("all " + markers.size()
                    + " markers lie on one line: the boundary has no area"));
        }
        TopologyValidationError error = new IsValidOp(plane).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw SurveyFileException.invalid(crossing(markers, at).withPosition(conversion.toWgs84(at.y, at.x)));
        }
        return new BoundaryRing(markers, plane);
    }

    private static List<MarkerRow> withoutClosingRepeat(List<MarkerRow> rows) {
        if (rows.size() > 1) {
            MarkerRow first = rows.getFirst();
            MarkerRow last = rows.getLast();
            if (last.marker().equals(first.marker()) && last.plane().equals2D(first.plane())) {
                return rows.subList(0, rows.size() - 1);
            }
        }
        return rows;
    }

    /** Every id once and every position once: two rows of one marker, or two markers on one spot, are a slip. */
    private static void checkEachOnce(List<MarkerRow> markers) {
        ProblemList problems = new ProblemList();
        Map<String, MarkerRow> byId = new HashMap<>();
        Map<Coordinate, MarkerRow> byPosition = new HashMap<>();
        for (MarkerRow marker : markers) {
            MarkerRow sameId = byId.putIfAbsent(marker.marker(), marker);
            if (sameId != null) {
                problems.add(marker.problem("marker", "marker '" + marker.marker() + "' is also on " + place(sameId)));
            }
            MarkerRow samePosition = byPosition.putIfAbsent(marker.plane(), marker);
            if (samePosition != null && sameId == null) {
                problems.add(marker.problem(null, "marker '" + marker.marker() + "' is at the same position as marker '"
                        + samePosition.marker() + "' on " + place(samePosition)));
            }
        }
        problems.throwIfAny();
    }

    /** Which segments meet at a point where the ring touches or crosses itself. */
    private static SurveyProblem crossing(List<MarkerRow> markers, Coordinate at) {
        int n = markers.size();
        String xy = "x = " + Tm3Range.metres(at.y) + ", y = " + Tm3Range.metres(at.x);
        for (int v = 0; v < n; v++) {
            MarkerRow vertex = markers.get(v);
            if (vertex.plane().distance(at) < AT_POINT_METRES) {
                List<String> through = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (i != v && (i + 1) % n != v && onSegment(markers, i, at)) {
                        through.add(segment(markers, i));
                    }
                }
                String how = through.isEmpty() ? "where it doubles back"
                        : "which lies on " + String.join(" and ", through);
                return vertex.problem(null, "the boundary touches itself at marker '" + vertex.marker() + "' (" + xy
                        + "), " + how);
            }
        }
        List<Integer> meeting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (onSegment(markers, i, at)) {
                meeting.add(i);
            }
        }
        String where = "the boundary crosses itself at " + xy;
        if (meeting.isEmpty()) {
            return SurveyProblem.ofFile(where);
        }
        return markers.get(meeting.getFirst()).problem(null, where + ": " + String.join(" crosses ",
                meeting.stream().map(i -> segment(markers, i)).toList()));
    }

    private static boolean onSegment(List<MarkerRow> markers, int i, Coordinate at) {
        Coordinate from = markers.get(i).plane();
        Coordinate to = markers.get((i + 1) % markers.size()).plane();
        return Distance.pointToSegment(at, from, to) < AT_POINT_METRES;
    }

    /** "segment M2 → M3 (rows 2–3)". */
    private static String segment(List<MarkerRow> markers, int i) {
        MarkerRow from = markers.get(i);
        MarkerRow to = markers.get((i + 1) % markers.size());
        return String.format(Locale.ROOT, "segment %s → %s (rows %d–%d)", from.marker(), to.marker(), from.row(),
                to.row());
    }

    private static String place(MarkerRow row) {
        return "row " + row.row() + " (line " + row.line() + ")";
    }
}
