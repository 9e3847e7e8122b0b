package vn.kcnatlas.unit2025;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.store.SpatialSql;

/** Today's provinces and communes in the spatial store. */
@Repository
public class CurrentUnitRepository {

    private static final String COMMUNE_COLUMNS = "code, province_code, name, full_name,"
            + " ST_AsBinary(boundary) AS boundary_wkb, source";

    private final JdbcClient jdbc;

    CurrentUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CurrentProvince> provinces() {
        return jdbc.sql("SELECT code, name, ST_AsBinary(boundary) AS boundary_wkb, source FROM province_2025"
                + " ORDER BY code").query((rs, row) -> new CurrentProvince(rs.getString("code"), rs.getString("name"),
                        Wgs84.toMultiPolygon(Wkb.read(rs.getBytes("boundary_wkb"))), rs.getString("source"))).list();
    }

    public List<Commune> communes() {
        return jdbc.sql("SELECT " + COMMUNE_COLUMNS + " FROM commune_2025 ORDER BY code")
                .query(CurrentUnitRepository::mapCommune).list();
    }

    /** The provinces' names by code, without the boundaries {@link #provinces()} carries. */
    public Map<String, String> provinceNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM province_2025").query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    /** How many communes each province has, by province code. */
    public Map<String, Integer> communeCounts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT province_code, COUNT(*) AS communes FROM commune_2025 GROUP BY province_code")
                .query(rs -> {
                    counts.put(rs.getString("province_code"), rs.getInt("communes"));
                });
        return counts;
    }

    public Optional<Commune> commune(String code) {
        return jdbc.sql("SELECT " + COMMUNE_COLUMNS + " FROM commune_2025 WHERE code = :code").param("code", code)
                .query(CurrentUnitRepository::mapCommune).optional();
    }

    public UnitCodes codes() {
        return new UnitCodes(Set.copyOf(jdbc.sql("SELECT code FROM commune_2025").query(String.class).list()),
                Set.copyOf(jdbc.sql("SELECT code FROM province_2025").query(String.class).list()));
    }

    /** The communes whose boundary meets a box; a point's box is widened by a hair, as no bbox is empty. */
    List<Commune> communesMeeting(Envelope envelope) {
        Envelope box = new Envelope(envelope);
        box.expandBy(1e-7);
        Map<String, Object> params = new HashMap<>();
        String meets = SpatialSql.intersects("boundary",
                new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()), params);
        return jdbc.sql("SELECT " + COMMUNE_COLUMNS + " FROM commune_2025 WHERE " + meets + " ORDER BY code")
                .params(params).query(CurrentUnitRepository::mapCommune).list();
    }

    /** Takes out the communes and provinces not among these codes; no zone may still point at them. */
    void deleteAllBut(Collection<String> communeCodes, Collection<String> provinceCodes) {
        jdbc.sql("DELETE FROM commune_2025 WHERE code NOT IN (:codes)").param("codes", keep(communeCodes)).update();
        jdbc.sql("DELETE FROM province_2025 WHERE code NOT IN (:codes)").param("codes", keep(provinceCodes)).update();
    }

    /** Stores a province, replacing the one of its code. */
    void save(CurrentProvince province) {
        int updated = jdbc.sql("UPDATE province_2025 SET name = ?, boundary = ST_GeomFromWKB(?, 4326), source = ?"
                        + " WHERE code = ?")
                .params(province.name(), Wkb.write(province.boundary()), province.source(), province.code()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO province_2025 (name, boundary, source, code) VALUES (?, ST_GeomFromWKB(?, 4326), ?, ?)")
                    .params(province.name(), Wkb.write(province.boundary()), province.source(), province.code())
                    .update();
        }
    }

    /** Stores a commune, replacing the one of its code. */
    void save(Commune commune) {
        List<Object> values = List.of(commune.provinceCode(), commune.name(), commune.fullName(),
                Wkb.write(commune.boundary()), commune.source(), commune.code());
        int updated = jdbc.sql("UPDATE commune_2025 SET province_code = ?, name = ?, full_name = ?,"
                + " boundary = ST_GeomFromWKB(?, 4326), source = ? WHERE code = ?").params(values).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO commune_2025 (province_code, name, full_name, boundary, source, code)"
                    + " VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?)").params(values).update();
        }
    }

    /** An empty IN list is not SQL: a code no unit has stands for "keep none". */
    private static List<String> keep(Collection<String> codes) {
        return codes.isEmpty() ? List.of("") : List.copyOf(codes);
    }

    private static Commune mapCommune(ResultSet rs, int row) throws SQLException {
        return new Commune(rs.getString("code"), rs.getString("province_code"), rs.getString("name"),
                rs.getString("full_name"), Wgs84.toMultiPolygon(Wkb.read(rs.getBytes("boundary_wkb"))),
                rs.getString("source"));
    }
}
