package vn.kcnatlas.district;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** A province (tỉnh): a stable ASCII code, its name with diacritics, a label point and an optional boundary. */
public record Province(String code, String name, Point labelPoint, MultiPolygon boundary) {
}
