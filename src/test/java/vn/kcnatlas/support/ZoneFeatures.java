package vn.kcnatlas.support;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Zone features and write requests for the write API's tests. */
public final class ZoneFeatures {

    public static final String GEO_JSON = "application/geo+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** A source document of the seed data, which every declared figure must name. */
    private static final String SOURCE = "000_94adf07991790db2";

    private ZoneFeatures() {
    }

    /** A planned zone in H. Cao Lãnh, its boundary a square of {@code side} degrees from its SW corner. */
    public static String zone(String code, String name, double lon, double lat, double side) {
        return "{\"type\":\"Feature\",\"id\":\"" + code + "\",\"geometry\":" + square(lon, lat, side)
                + ",\"properties\":{\"name\":\"" + name + "\",\"kind\":\"" + (code.startsWith("ccn") ? "CCN" : "KCN")
                + "\",\"province\":\"Đồng Tháp\",\"district\":\"H. Cao Lãnh\",\"lifecycle\":\"planned\","
                + "\"clearanceStatus\":\"not_started\",\"investmentStatus\":\"seeking_tenants\","
                + "\"boundaryQuality\":\"digitized\",\"areaHa\":100,\"asOf\":\"2025-12-31\","
                + "\"sourceIds\":[\"" + SOURCE + "\"]}}";
    }

    public static String square(double lon, double lat, double side) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + side) + "," + lat + "],["
                + (lon + side) + "," + (lat + side) + "],[" + lon + "," + (lat + side) + "],[" + lon + "," + lat + "]]]}";
    }

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A planner's headers ({@link Accounts#planner()}) with a content type and, unless null, If-Match. */
    public static Map<String, String> headers(String contentType, String ifMatch) {
        Map<String, String> headers = new HashMap<>(Accounts.planner());
        headers.put("Content-Type", contentType);
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return headers;
    }
}
