package vn.kcnatlas.unit2025;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A province as it is since 1 July 2025 (the new Đồng Tháp, code 82; the new An Giang, code 91), its
 * boundary the union of its communes'.
 *
 * @param code the two-digit code of the national list
 * @param source the file its communes were imported from
 */
public record CurrentProvince(String code, String name, MultiPolygon boundary, String source) {
}
