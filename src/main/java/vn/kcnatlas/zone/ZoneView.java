package vn.kcnatlas.zone;

import org.locationtech.jts.geom.MultiPolygon;

/** A zone with what a reader needs around it: the names of its place and its derived figures. */
public record ZoneView(Zone zone, ZonePlace place, ZoneFigures figures) {

    /** The same zone drawn from another boundary, a simplified one: nothing else here depends on it. */
    ZoneView withBoundary(MultiPolygon boundary) {
        return new ZoneView(zone.withBoundary(boundary), place, figures);
    }
}
