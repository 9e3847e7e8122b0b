package vn.kcnatlas.zone;

/** A zone with what a reader needs around it: the names of its place and its derived figures. */
public record ZoneView(Zone zone, ZonePlace place, ZoneFigures figures) {
}
