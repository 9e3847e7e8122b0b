package vn.kcnatlas.zone;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * What a map needs to draw a zone and nothing more: the values its styles colour by, its name for the label,
 * and where it is. Reading this instead of a {@link ZoneView} spares a map of the whole country the figures
 * and areas no map draws.
 *
 * @param occupancyPct by {@link Occupancy}'s rule, as {@link ZoneFigures#occupancyPct()}; null when unknown
 * @param boundary the boundary of the band the map draws from; null for a zone without one
 * @param districtLabel where a zone without a boundary is marked, its district's label point; null for a zone
 *     with one, which a map marks inside its boundary
 */
public record ZoneDrawing(String code, String name, InvestmentStatus investmentStatus,
        ClearanceStatus clearanceStatus, Double occupancyPct, MultiPolygon boundary, Point districtLabel) {

    /** A zone read in full, as a map draws it. */
    public static ZoneDrawing of(ZoneView view) {
        Zone zone = view.zone();
        return new ZoneDrawing(zone.code(), zone.name(), zone.investment().status(),
                zone.land().clearanceStatus(), view.figures().occupancyPct(), zone.boundary(),
                zone.boundary() == null ? view.place().markerPoint() : null);
    }
}
