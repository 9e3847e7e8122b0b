package vn.kcnatlas.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.check.AreaComparison;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.Repair;

/**
 * A geometry validation as RFC 9457 members: a refusal is a 422 whose {@code errors} list each problem
 * as {@code {code, message, pointer, coordinate}}; accepted or not, the answer carries the geodesic
 * area, its comparison with the declared area, warnings and what a repair changed.
 */
public final class GeometryRefusals {

    private GeometryRefusals() {
    }

    /**
     * The 422 refusing the geometry.
     *
     * @param geometryPointer where the geometry sits in the request body, e.g. {@code /geometry} for a
     *                        Feature, "" when the body is the geometry; problem pointers are prefixed with it
     * @throws IllegalArgumentException when the validation accepted the geometry
     */
    public static ApiException refusal(GeometryValidation validation, String geometryPointer) {
        if (validation.valid()) {
            throw new IllegalArgumentException("the geometry was accepted; there is nothing to refuse");
        }
        List<GeometryProblem> problems = validation.problems();
        int more = problems.size() - 1 + validation.unreportedProblems();
        String detail = problems.getFirst().message() + (more == 0 ? "" : " (and " + more + " more problem"
                + (more == 1 ? "" : "s") + ")");
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("errors", problems.stream().map(p -> member(p, geometryPointer)).toList());
        if (validation.unreportedProblems() > 0) {
            members.put("unreportedErrors", validation.unreportedProblems());
        }
        members.putAll(members(validation, geometryPointer));
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid geometry", detail, members);
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
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("code", problem.code().code());
        member.put("message", problem.message());
        if (problem.pointer() != null) {
            member.put("pointer", geometryPointer + problem.pointer());
        }
        if (problem.at() != null) {
            member.put("coordinate", problem.at().toList());
        }
        return member;
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
