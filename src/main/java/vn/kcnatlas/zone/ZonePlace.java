package vn.kcnatlas.zone;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Point;

import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.unit2025.CurrentUnits;

/**
 * Where a zone sits, by name: its province and district as the plans name them (the units before 1 July
 * 2025), where it lies in today's units, and the point to mark it at: inside its boundary, or at its
 * district's label point while it has none.
 */
public record ZonePlace(String provinceName, String districtName, Point markerPoint, CurrentUnits current) {

    public ZonePlace {
        current = current == null ? CurrentUnits.NONE : current;
    }

    /** A place not (yet) located in today's units. */
    public ZonePlace(String provinceName, String districtName, Point markerPoint) {
        this(provinceName, districtName, markerPoint, CurrentUnits.NONE);
    }

    static Point markerOf(Zone zone, Point districtLabel) {
        return zone.boundary() == null ? districtLabel
                : Wgs84.FACTORY.createPoint(InteriorPointArea.getInteriorPoint(zone.boundary()));
    }
}
