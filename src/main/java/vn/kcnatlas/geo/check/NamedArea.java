package vn.kcnatlas.geo.check;

import org.locationtech.jts.geom.Geometry;

/**
 * An area a new boundary is compared with: a province, another zone, another lot.
 *
 * @param name its name with diacritics, or null when it has none (lots)
 * @param boundary its polygonal boundary, or null when it has none yet
 */
public record NamedArea(String code, String name, Geometry boundary) {

    /** "'kcn-tan-kieu' (Tân Kiều)", or "'A1'" without a name. */
    public String label() {
        return "'" + code + "'" + (name == null ? "" : " (" + name + ")");
    }
}
