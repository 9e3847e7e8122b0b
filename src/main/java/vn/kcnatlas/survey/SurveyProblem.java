package vn.kcnatlas.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;

/**
 * Something wrong with a marker file, and where: a data row (from 1) and the line it starts on, the
 * column, and the longitude/latitude for problems at a point on the map. Absent parts are null: a problem
 * with the whole file has no row.
 */
record SurveyProblem(Integer row, Integer line, String column, String detail, Coordinate position) {

    static SurveyProblem at(int row, int line, String column, String detail) {
        return new SurveyProblem(row, line, column, detail, null);
    }

    static SurveyProblem atLine(int line, String detail) {
        return new SurveyProblem(null, line, null, detail, null);
    }

    static SurveyProblem ofFile(String detail) {
        return new SurveyProblem(null, null, null, detail, null);
    }

    SurveyProblem withPosition(Coordinate lonLat) {
        return new SurveyProblem(row, line, column, detail, lonLat);
    }

    /** "Row 3 (line 4), column x: is not a number: 'abc'". */
    String describe() {
        StringBuilder place = new StringBuilder();
        if (row != null) {
            place.append("Row ").append(row).append(" (line ").append(line).append(")");
        } else if (line != null) {
            place.append("Line ").append(line);
        }
        if (column != null) {
            place.append(place.isEmpty() ? "Column " : ", column ").append(column);
        }
        return place.isEmpty() ? capitalized(detail) : place + ": " + detail;
    }

    /** The members of one entry of the problem document's {@code errors}. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfPresent(json, "row", row);
        putIfPresent(json, "line", line);
        putIfPresent(json, "column", column);
        json.put("detail", detail);
        if (position != null) {
            json.put("position", List.of(position.x, position.y));
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
