package vn.kcnatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;

import vn.kcnatlas.geo.BoundingBox;

/** SQL fragments every repository needs for its geometry columns, the same on PostGIS and H2GIS. */
public final class SpatialSql {

    private SpatialSql() {
    }

    /**
     * A condition that a geometry column meets a box: the index-backed {@code &&} first, then the exact
     * test; for a box across the antimeridian, either of its parts. Adds the box's parameters.
     */
    public static String intersects(String column, BoundingBox box, Map<String, Object> params) {
        List<BoundingBox> parts = box.parts();
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            BoundingBox part = parts.get(i);
            String suffix = i == 0 ? "" : String.valueOf(i);
            params.put("minLon" + suffix, part.minLon());
            params.put("minLat" + suffix, part.minLat());
            params.put("maxLon" + suffix, part.maxLon());
            params.put("maxLat" + suffix, part.maxLat());
            String envelope = "ST_MakeEnvelope(:minLon" + suffix + ", :minLat" + suffix + ", :maxLon" + suffix
                    + ", :maxLat" + suffix + ", 4326)";
            conditions.add(column + " && " + envelope + " AND ST_Intersects(" + column + ", " + envelope + ")");
        }
        return conditions.size() == 1 ? conditions.get(0) : "((" + String.join(") OR (", conditions) + "))";
    }

    /** A query for the box around every geometry of a column; read it with {@link #extent}. */
    public static String extentQuery(String table, String column) {
        return "SELECT MIN(ST_XMin(" + column + ")) AS min_x, MIN(ST_YMin(" + column + ")) AS min_y,"
                + " MAX(ST_XMax(" + column + ")) AS max_x, MAX(ST_YMax(" + column + ")) AS max_y FROM " + table;
    }

    /** Reads an {@link #extentQuery} row; an aggregate over no geometry gives nulls, hence empty. */
    public static Optional<Envelope> extent(ResultSet rs, int row) throws SQLException {
        double minX = rs.getDouble("min_x");
        return rs.wasNull() ? Optional.empty()
                : Optional.of(new Envelope(minX, rs.getDouble("max_x"), rs.getDouble("min_y"), rs.getDouble("max_y")));
    }
}
