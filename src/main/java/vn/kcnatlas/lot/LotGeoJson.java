package vn.kcnatlas.lot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.Parsed;
import vn.kcnatlas.geo.PropertyReader;
import vn.kcnatlas.geo.Wgs84;

/** Lots as GeoJSON features, for the API, exports and imports alike. */
public final class LotGeoJson {

    /** Every property a lot feature may carry. */
    static final Set<String> KNOWN = Set.of("zone", "code", "status", "areaHa", "tenant", "priceUsdM2",
            "source", "illustrative", "version", "updatedAt");

    private LotGeoJson() {
    }

    public static GeoJsonFeature feature(Lot lot) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("zone", lot.zoneCode());
        p.put("code", lot.code());
        p.put("status", lot.status().code());
        p.put("areaHa", lot.areaHa());
        p.put("tenant", lot.tenant());
        p.put("priceUsdM2", lot.priceUsdM2());
        p.put("source", lot.source());
        p.put("illustrative", lot.illustrative());
        p.put("version", lot.version());
        p.put("updatedAt", lot.updatedAt() == null ? null : lot.updatedAt().toString());
        return new GeoJsonFeature(lot.id(), lot.boundary(), p);
    }

    /** The id ({@code zone/code}) of the lot a feature describes, or null when it names no zone or code. */
    public static String idOf(String featureId, JsonNode properties) {
        String[] zoneAndCode = zoneAndCode(featureId, new PropertyReader(properties));
        return zoneAndCode[0] == null || zoneAndCode[1] == null ? null : zoneAndCode[0] + "/" + zoneAndCode[1];
    }

    /** Its zone and code come from the properties, or from an id written {@code zone/code}. */
    private static String[] zoneAndCode(String featureId, PropertyReader in) {
        String zone = in.text("zone");
        String code = in.text("code");
        if (featureId != null && featureId.contains("/")) {
            zone = zone == null ? featureId.substring(0, featureId.indexOf('/')) : zone;
            code = code == null ? featureId.substring(featureId.indexOf('/') + 1) : code;
        }
        return new String[] {zone, code};
    }

    /**
     * Reads a lot's attributes; its boundary is checked by {@link LotCheck}. Without an area, the lot's
     * geodesic area is taken.
     */
    public static Parsed<Lot> read(String featureId, JsonNode properties, Geometry geometry) {
        PropertyReader in = new PropertyReader(properties);
        String[] zoneAndCode = zoneAndCode(featureId, in);
        String zone = zoneAndCode[0];
        String code = zoneAndCode[1];
        if (zone == null) {
            in.problem("zone is required (the code of the zone the lot lies in)");
        }
        if (code == null) {
            in.problem("code is required");
        } else if (!code.matches("[A-Za-z0-9._-]{1,40}")) {
            in.problem("code '" + code + "' may hold only letters, digits, '.', '_' and '-' (at most 40)");
        }
        LotStatus status = in.code("status", LotStatus.class, true);
        Double area = in.number("areaHa", 0);
        Double price = in.number("priceUsdM2", 0);
        boolean illustrative = Boolean.TRUE.equals(in.bool("illustrative"));
        if (geometry == null) {
            in.problem("geometry is required for a lot");
        }
        Set<String> ignored = in.unknownProperties(KNOWN);
        // Read before the problems are looked at, so that theirs are among them.
        String tenant = in.text("tenant");
        String source = in.text("source");
        if (!in.problems().isEmpty()) {
            return new Parsed<>(null, in.problems(), ignored);
        }
        double areaHa = area != null && area > 0 ? area : GeodesicArea.hectares(geometry);
        Lot lot = new Lot(zone, code, Wgs84.toMultiPolygon(geometry), areaHa, status, tenant, price, source,
                illustrative, 0, null);
        return new Parsed<>(lot, List.of(), ignored);
    }
}
