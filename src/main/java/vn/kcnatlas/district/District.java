package vn.kcnatlas.district;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * A district-level unit (huyện, thành phố, thị xã). The name is bare ("Cao Lãnh"); the unit type tells
 * the rural district from the city of the same name.
 *
 * @param boundary null until boundaries are imported
 * @param boundarySource where the boundary came from, null without one
 */
public record District(String code, String provinceCode, String name, UnitType unitType, Point labelPoint,
        MultiPolygon boundary, String boundarySource, int version) {

    /** The name as people write it with its unit: "H. Cao Lãnh", "TP Cao Lãnh". */
    public String displayName() {
        return displayName(unitType, name);
    }

    public static String displayName(UnitType unitType, String name) {
        return unitType.abbreviation() + " " + name;
    }

    public District withBoundary(MultiPolygon newBoundary, String source) {
        return new District(code, provinceCode, name, unitType, labelPoint, newBoundary, source, version);
    }
}
