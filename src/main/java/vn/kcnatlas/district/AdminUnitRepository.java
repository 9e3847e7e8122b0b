package vn.kcnatlas.district;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.store.SpatialSql;

/** Provinces and districts in the spatial store. */
@Repository
public class AdminUnitRepository {

    private static final String DISTRICT_COLUMNS = "code, province_code, name, unit_type,"
            + " ST_AsBinary(label_point) AS label_wkb, ST_AsBinary(boundary) AS boundary_wkb, boundary_source, version";

    private final JdbcClient jdbc;

    public AdminUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> provinces() {
        return jdbc.sql("SELECT code, name, ST_AsBinary(label_point) AS label_wkb, ST_AsBinary(boundary) AS boundary_wkb"
                + " FROM province ORDER BY code").query(AdminUnitRepository::mapProvince).list();
    }

    public List<District> districts() {
        return jdbc.sql("SELECT " + DISTRICT_COLUMNS + " FROM district ORDER BY code")
                .query(AdminUnitRepository::mapDistrict).list();
    }

    /** The districts without their boundaries, which can be large: enough to find one by name. */
    public List<District> districtsWithoutBoundaries() {
        return jdbc.sql("SELECT " + DISTRICT_COLUMNS.replace("ST_AsBinary(boundary)", "NULL") + " FROM district ORDER BY code")
                .query(AdminUnitRepository::mapDistrict).list();
    }

    /**
     * The districts whose boundary meets a box, boundaries simplified by the store to {@code tolerance}
     * degrees (0 for none): what a map of that box needs and no more.
     */
    public List<District> districtsInBox(BoundingBox box, double tolerance) {
        String boundary = tolerance > 0 ? "ST_SimplifyPreserveTopology(boundary, :tolerance)" : "boundary";
        Map<String, Object> params = new HashMap<>();
        params.put("tolerance", tolerance);
        String inBox = SpatialSql.intersects("boundary", box, params);
        return jdbc.sql("SELECT " + DISTRICT_COLUMNS.replace("ST_AsBinary(boundary)", "ST_AsBinary(" + boundary + ")")
                        + " FROM district WHERE " + inBox + " ORDER BY code")
                .params(params).query(AdminUnitRepository::mapDistrict).list();
    }

    /** The province names by code, without the boundaries {@link #provinces()} carries. */
    public Map<String, String> provinceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM province ORDER BY code")
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    /**
     * Which districts to page through. Nulls mean "any".
     *
     * @param box districts whose boundary meets it (so none without a boundary)
     */
    public record DistrictFilter(String provinceCode, UnitType unitType, BoundingBox box) {
    }

    /** One page of the districts a filter matches, in code order. */
    public List<District> districts(DistrictFilter filter, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + DISTRICT_COLUMNS + " FROM district" + where
                        + " ORDER BY code OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
                .params(params).query(AdminUnitRepository::mapDistrict).list();
    }

    public long countDistricts(DistrictFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM district" + where).params(params).query(Long.class).single();
    }

    /** The box around every district boundary, or empty when none is imported yet. */
    public Optional<Envelope> districtExtent() {
        return jdbc.sql(SpatialSql.extentQuery("district", "boundary")).query(SpatialSql::extent).single();
    }

    private static String where(DistrictFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.provinceCode() != null) {
            conditions.add("province_code = :province");
            params.put("province", filter.provinceCode());
        }
        if (filter.unitType() != null) {
            conditions.add("unit_type = :unitType");
            params.put("unitType", filter.unitType().code());
        }
        if (filter.box() != null) {
            conditions.add(SpatialSql.intersects("boundary", filter.box(), params));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Optional<District> district(String code) {
        return jdbc.sql("SELECT " + DISTRICT_COLUMNS + " FROM district WHERE code = :code").param("code", code)
                .query(AdminUnitRepository::mapDistrict).optional();
    }

    public void insert(Province province) {
        jdbc.sql("INSERT INTO province (code, name, label_point) VALUES (?, ?, ST_GeomFromWKB(?, 4326))")
                .params(province.code(), province.name(), Wkb.write(province.labelPoint()))
                .update();
    }

    public void insert(District district) {
        jdbc.sql("INSERT INTO district (code, province_code, name, unit_type, label_point)"
                        + " VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326))")
                .params(district.code(), district.provinceCode(), district.name(), district.unitType().code(),
                        Wkb.write(district.labelPoint()))
                .update();
    }

    /** Sets a district's boundary and the source it came from, moving it to its next version. */
    public void updateBoundary(String districtCode, MultiPolygon boundary, String source) {
        jdbc.sql("UPDATE district SET boundary = ST_GeomFromWKB(?, 4326), boundary_source = ?, version = version + 1"
                        + " WHERE code = ?")
                .params(Wkb.write(boundary), source, districtCode)
                .update();
    }

    public void updateProvinceBoundary(String provinceCode, MultiPolygon boundary) {
        jdbc.sql("UPDATE province SET boundary = ST_GeomFromWKB(?, 4326) WHERE code = ?")
                .params(Wkb.write(boundary), provinceCode)
                .update();
    }

    private static Province mapProvince(ResultSet rs, int row) throws SQLException {
        return new Province(rs.getString("code"), rs.getString("name"), (Point) Wkb.read(rs.getBytes("label_wkb")),
                boundary(rs.getBytes("boundary_wkb")));
    }

    /** A stored boundary; simplification may hand back a Polygon where a MultiPolygon went in. */
    private static MultiPolygon boundary(byte[] wkb) {
        Geometry geometry = Wkb.read(wkb);
        return geometry == null ? null : Wgs84.toMultiPolygon(geometry);
    }

    private static District mapDistrict(ResultSet rs, int row) throws SQLException {
        return new District(rs.getString("code"), rs.getString("province_code"), rs.getString("name"),
                UnitType.fromCode(rs.getString("unit_type")).orElseThrow(), (Point) Wkb.read(rs.getBytes("label_wkb")),
                boundary(rs.getBytes("boundary_wkb")), rs.getString("boundary_source"),
                rs.getInt("version"));
    }
}
