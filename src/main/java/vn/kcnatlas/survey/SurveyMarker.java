package vn.kcnatlas.survey;

import org.locationtech.jts.geom.Point;

/**
 * A boundary marker (mốc) as surveyed and as stored: its id, its VN-2000 TM-3 position in metres and its
 * WGS 84 position.
 *
 * @param row the data row of the file it came from, from 1
 * @param wgs84 longitude/latitude, SRID 4326
 */
public record SurveyMarker(String id, int row, double northing, double easting, Point wgs84) {
}
