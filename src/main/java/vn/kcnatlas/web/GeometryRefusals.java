package vn.kcnatlas.web;

import java.util.LinkedHashMap;
import java.util.Map;


import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.check.AreaComparison;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.Repair;

/**
 * What an answer to a write says about the boundary it judged: the geodesic area, its comparison with the
 * declared area, warnings ({@link ProblemMembers}) and what a repair changed. Refusals are 422s from the
 * write units' InvalidChangeException, listed the same way.
 */
public final class GeometryRefusals {

    private GeometryRefusals() {
    }

    /**
     * What an answer says about a geometry besides its errors: {@code geodesicAreaHa}, the comparison with
     * {@code declaredAreaHa}, {@code warnings} and {@code repair}; each only when there is one.
     */
    public static Map<String, Object> members(GeometryValidation validation, String geometryPointer) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (validation.areaHa() != null) {
            members.put("geodesicAreaHa", validation.areaHa());
        }
        AreaComparison area = validation.area();
        if (area != null) {
            members.put("declaredAreaHa", area.declaredHa());
            members.put("areaDifferenceHa", area.differenceHa());
            if (area.differencePct() != null) {
                members.put("areaDifferencePct", area.differencePct());
            }
        }
        if (!validation.warnings().isEmpty()) {
            members.put("warnings", validation.warnings().stream().map(p -> member(p, geometryPointer)).toList());
        }
        if (validation.repair() != null) {
            members.put("repair", repair(validation.repair()));
        }
        return members;
    }

    private static Map<String, Object> member(GeometryProblem problem, String geometryPointer) {
        return ProblemMembers.of(problem.code().code(), problem.message(),
                problem.pointer() == null ? null : geometryPointer + problem.pointer(), problem.at());
    }

    private static Map<String, Object> repair(Repair repair) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("summary", repair.summary());
        member.put("changes", repair.changes());
        if (repair.before() != null) {
            member.put("before", repair.before());
            member.put("after", repair.after());
        }
        return member;
    }
}
