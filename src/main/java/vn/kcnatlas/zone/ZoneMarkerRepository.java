package vn.kcnatlas.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.store.SpatialSql;
import vn.kcnatlas.survey.MarkerSurvey;
import vn.kcnatlas.survey.SurveyMarker;

/**
 * The zones' boundary markers in the spatial store. Only {@link ZoneWrites} writes them, in the
 * transaction of the zone version their survey makes.
 */
@Repository
public class ZoneMarkerRepository {

    private static final String SELECT = "SELECT m.zone_code, m.seq, m.marker_id, m.northing, m.easting,"
            + " m.source_crs, ST_AsBinary(m.location) AS location_wkb, m.zone_version, m.applied_at, m.applied_by"
            + " FROM zone_marker m";
    private static final String ORDER = " ORDER BY m.zone_code, m.seq";

    private final JdbcClient jdbc;

    ZoneMarkerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which markers a list asks for.
     *
     * @param zoneCode one zone's, or null for every zone's
     * @param box those in a longitude/latitude box, or null for all
     */
    public record Filter(String zoneCode, BoundingBox box) {
    }

    /** A zone's markers in file order; empty for a zone without any. */
    public List<ZoneMarker> ofZone(String zoneCode) {
        return find(new Filter(zoneCode, null), 0, Integer.MAX_VALUE);
    }

    public List<ZoneMarker> find(Filter filter, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(SELECT + where(filter, params) + ORDER + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .params(params).query(ZoneMarkerRepository::map).list();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM zone_marker m" + where(filter, params)).params(params)
                .query(Long.class).single();
    }

    public Optional<ZoneMarker> find(String zoneCode, int seq) {
        return jdbc.sql(SELECT + " WHERE m.zone_code = :zone AND m.seq = :seq").param("zone", zoneCode)
                .param("seq", seq).query(ZoneMarkerRepository::map).optional();
    }

    /**
     * What a map of a box draws: the markers in it of zones still in the plan, as the zones layer leaves
     * out the zones taken out of it.
     */
    public List<ZoneMarker> findDrawable(BoundingBox box) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(SELECT + " JOIN zone z ON z.code = m.zone_code WHERE z.lifecycle <> 'removed_from_plan' AND "
                + SpatialSql.intersects("m.location", box, params) + ORDER).params(params)
                .query(ZoneMarkerRepository::map).list();
    }

    /** The box around every marker; empty when there is none. */
    public Optional<Envelope> extent() {
        return jdbc.sql(SpatialSql.extentQuery("zone_marker", "location")).query(SpatialSql::extent).single();
    }

    /** Where a zone's markers are, as one geometry for a change event; empty for a zone without any. */
    Optional<Geometry> positions(String zoneCode) {
        List<Point> points = ofZone(zoneCode).stream().map(m -> m.marker().wgs84()).toList();
        return points.isEmpty() ? Optional.empty()
                : Optional.of(Wgs84.FACTORY.createMultiPoint(points.toArray(Point[]::new)));
    }

    /** Puts a survey's markers in place of the zone's earlier ones. */
    void replace(String zoneCode, MarkerSurvey survey, int zoneVersion, Edit edit) {
        jdbc.sql("DELETE FROM zone_marker WHERE zone_code = :zone").param("zone", zoneCode).update();
        List<SurveyMarker> markers = survey.markers();
        for (int i = 0; i < markers.size(); i++) {
            SurveyMarker marker = markers.get(i);
            jdbc.sql("INSERT INTO zone_marker (zone_code, seq, marker_id, northing, easting, source_crs, location,"
                            + " zone_version, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326),"
                            + " ?, ?, ?)")
                    .params(zoneCode, i + 1, marker.id(), marker.northing(), marker.easting(), survey.zone().code(),
                            Wkb.write(marker.wgs84()), zoneVersion, edit.at().atOffset(ZoneOffset.UTC), edit.by())
                    .update();
        }
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.zoneCode() != null) {
            conditions.add("m.zone_code = :zone");
            params.put("zone", filter.zoneCode());
        }
        if (filter.box() != null) {
            conditions.add(SpatialSql.intersects("m.location", filter.box(), params));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static ZoneMarker map(ResultSet rs, int row) throws SQLException {
        SurveyMarker marker = new SurveyMarker(rs.getString("marker_id"), rs.getInt("seq"), rs.getDouble("northing"),
                rs.getDouble("easting"), (Point) Wkb.read(rs.getBytes("location_wkb")));
        String crsCode = rs.getString("source_crs");
        Vn2000Tm3 crs = Vn2000Tm3.ofCode(crsCode).orElseThrow(() -> new IllegalStateException(
                "The store holds a marker in an unknown CRS '" + crsCode + "'"));
        return new ZoneMarker(rs.getString("zone_code"), marker, crs, rs.getInt("zone_version"),
                rs.getObject("applied_at", OffsetDateTime.class).toInstant(), rs.getString("applied_by"));
    }
}
