package vn.kcnatlas.zone;

import org.locationtech.jts.geom.Point;

/**
 * Where a zone sits, by name: its province and district as people write them, and the point to mark
 * it at: inside its boundary, or at its district's label point while it has none.
 */
public record ZonePlace(String provinceName, String districtName, Point markerPoint) {
}
