package vn.kcnatlas.survey;

import org.locationtech.jts.geom.Coordinate;

/**
 * One data row of a marker file, as read: VN-2000 TM-3 metres in the surveyors' order.
 *
 * @param row the data row, from 1 (the header and blank lines are not rows)
 * @param line the file's line where the row starts, from 1 (the header is line 1)
 * @param marker the marker's id, e.g. {@code M1} or {@code Mốc 12}, in Unicode NFC
 * @param northing x
 * @param easting y
 */
record MarkerRow(int row, int line, String marker, double northing, double easting) {

    /** The place of a problem with this row, for its message. */
    SurveyProblem problem(String column, String detail) {
        return SurveyProblem.at(row, line, column, detail);
    }

    /** The position in the TM-3 plane as JTS takes it: x the easting, y the northing. */
    Coordinate plane() {
        return new Coordinate(easting, northing);
    }
}
