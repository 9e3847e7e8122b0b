package vn.kcnatlas.change;

import java.util.Set;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.LonLat;

/**
 * One reason a change is refused: what (a code and a sentence) and where, as an RFC 6901 pointer into
 * the GeoJSON feature that was sent ({@code /properties/areaHa}, {@code /geometry/coordinates/0/3}) and,
 * for a geometry, the position at fault.
 *
 * @param pointer null when the problem is with the feature as a whole
 * @param at null unless a position is at fault
 */
public record ChangeProblem(String code, String message, String pointer, LonLat at) {

    /** A fault of the feature's geometry; its pointer, into the geometry, is made one into the feature. */
    public static ChangeProblem of(GeometryProblem problem) {
        String pointer = problem.pointer() == null ? "/geometry" : "/geometry" + problem.pointer();
        return new ChangeProblem(problem.code().code(), problem.message(), pointer, problem.at());
    }

    /**
     * A fault of the feature's properties. Messages name their property first ("areaHa must be a
     * number…"), so the pointer is that property's when {@code properties} knows it.
     */
    public static ChangeProblem ofProperties(String message, Set<String> properties) {
        int space = message.indexOf(' ');
        String first = space < 0 ? message : message.substring(0, space);
        String pointer = properties.contains(first) ? "/properties/" + first : "/properties";
        return new ChangeProblem("invalid-property", message, pointer, null);
    }

    /** A fault of the feature as a whole, such as a code that is already taken. */
    public static ChangeProblem ofFeature(String code, String message) {
        return new ChangeProblem(code, message, null, null);
    }
}
