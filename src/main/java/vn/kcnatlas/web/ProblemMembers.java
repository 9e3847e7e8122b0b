package vn.kcnatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.kcnatlas.geo.LonLat;

/** One problem as every 422 lists it in {@code errors} or {@code warnings}: code, message, pointer, coordinate. */
public final class ProblemMembers {

    private ProblemMembers() {
    }

    /**
     * @param pointer the JSON pointer into the request body, or null when the problem has no one place
     * @param at the offending position, or null
     */
    public static Map<String, Object> of(String code, String message, String pointer, LonLat at) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("code", code);
        member.put("message", message);
        if (pointer != null) {
            member.put("pointer", pointer);
        }
        if (at != null) {
            member.put("coordinate", at.toList());
        }
        return member;
    }
}
