package vn.kcnatlas.geo;

/**
 * One thing wrong with a geometry: what (a code and a message that says what and where) and, when it
 * applies, where in the GeoJSON geometry (a JSON pointer such as {@code /coordinates/0/5}) and on the
 * map (a position).
 *
 * @param pointer an RFC 6901 pointer into the geometry object, or null
 * @param at the offending position, or null
 */
public record GeometryProblem(ProblemCode code, String message, String pointer, LonLat at) {

    public static GeometryProblem of(ProblemCode code, String message) {
        return new GeometryProblem(code, message, null, null);
    }
}
