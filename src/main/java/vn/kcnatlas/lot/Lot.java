package vn.kcnatlas.lot;

import java.time.Instant;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * A lot (lô đất) inside a zone, with its lease status.
 *
 * @param code unique within its zone, e.g. {@code L01}
 * @param illustrative a lot no source backs, drawn only to show what lots look like: it never feeds a zone's
 *     figures, and every output says what it is
 * @param version the stored version, which writes name in If-Match; 0 for a lot not yet stored
 * @param updatedAt null for a lot not yet stored
 */
public record Lot(String zoneCode, String code, MultiPolygon boundary, double areaHa, LotStatus status, String tenant,
        Double priceUsdM2, String source, boolean illustrative, int version, Instant updatedAt) {

    /** The id a lot goes by outside its zone: {@code kcn-song-hau/L01}. */
    public String id() {
        return zoneCode + "/" + code;
    }

    /** Whether two lots say the same thing, whenever and however often they were stored. */
    public boolean sameContentAs(Lot other) {
        return stored(0, null).equals(other.stored(0, null));
    }

    /** This lot as stored at a version and time. */
    public Lot stored(int newVersion, Instant at) {
        return new Lot(zoneCode, code, boundary, areaHa, status, tenant, priceUsdM2, source, illustrative, newVersion,
                at);
    }

    /** This lot with another status, as a status change writes it. */
    public Lot withStatus(LotStatus newStatus) {
        return new Lot(zoneCode, code, boundary, areaHa, newStatus, tenant, priceUsdM2, source, illustrative, version,
                updatedAt);
    }
}
