package vn.kcnatlas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a boundary someone hands us before it reaches the store: the right type, valid (no
 * self-intersection), and where a Vietnamese boundary can be. Each problem says what and where.
 */
public final class PolygonCheck {

    /** Vietnam with its islands, generously: a coordinate outside it means another CRS or swapped axes. */
    public static final Envelope VIETNAM = new Envelope(102.0, 118.0, 6.0, 24.0);

    private PolygonCheck() {
    }

    public static List<String> problems(Geometry geometry) {
        List<String> problems = new ArrayList<>();
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            problems.add("geometry must be a Polygon or MultiPolygon, got a " + geometry.getGeometryType());
            return problems;
        }
        if (geometry.isEmpty()) {
            problems.add("geometry is empty");
            return problems;
        }
        Coordinate outside = firstOutside(geometry);
        if (outside != null) {
            problems.add("coordinate " + format(outside) + " is outside Vietnam (longitude " + (int) VIETNAM.getMinX()
                    + "–" + (int) VIETNAM.getMaxX() + "°E, latitude " + (int) VIETNAM.getMinY() + "–"
                    + (int) VIETNAM.getMaxY() + "°N): the file may be in another CRS than EPSG:4326 / CRS84,"
                    + " or have latitude and longitude swapped");
            return problems;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            problems.add("geometry is invalid: " + error.getMessage().toLowerCase(Locale.ROOT) + " at "
                    + format(error.getCoordinate()));
        } else if (geometry.getArea() == 0) {
            problems.add("geometry has no area");
        }
        return problems;
    }

    private static Coordinate firstOutside(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!VIETNAM.contains(c)) {
                return c;
            }
        }
        return null;
    }

    static String format(Coordinate c) {
        return String.format(Locale.ROOT, "(%.6f, %.6f)", c.x, c.y);
    }
}
