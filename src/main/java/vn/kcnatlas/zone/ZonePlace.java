package vn.kcnatlas.zone;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Point;

import vn.kcnatlas.geo.Wgs84;

/**
 * Where a zone sits, by name: its province and district as people write them, and the point to mark
 * it at: inside its boundary, or at its district's label point while it has none.
 */
public record ZonePlace(String provinceName, String districtName, Point markerPoint) {

    static Point markerOf(Zone zone, Point districtLabel) {
        return zone.boundary() == null ? districtLabel
                : Wgs84.FACTORY.createPoint(InteriorPointArea.getInteriorPoint(zone.boundary()));
    }
}
