package vn.kcnatlas.unit2025;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A commune, ward or special zone (xã, phường, đặc khu) of the units in force since 1 July 2025.
 *
 * @param code the five-digit code of the national list
 * @param name the bare name, "Mỹ Quí"
 * @param fullName the name with its unit, "Xã Mỹ Quí"
 * @param source the file it was imported from
 */
public record Commune(String code, String provinceCode, String name, String fullName, MultiPolygon boundary,
        String source) {
}
