package vn.kcnatlas.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.text.Coded;

/** Targets in the store. */
@Repository
public class TargetRepository {

    private static final String SELECT = "SELECT id, scope_type, COALESCE(zone_code, district_code, province_code)"
            + " AS scope_code, zone_kind, metric, comparator, target_value, target_year, source_id, wording FROM target";

    private final JdbcClient jdbc;

    public TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> all() {
        return jdbc.sql(SELECT + " ORDER BY target_year, scope_type, scope_code, metric").query(TargetRepository::map)
                .list();
    }

    public Optional<Target> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(TargetRepository::map).optional();
    }

    public void insert(Target target) {
        jdbc.sql("INSERT INTO target (scope_type, zone_code, district_code, province_code, zone_kind, metric,"
                        + " comparator, target_value, target_year, source_id, wording) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(target.scope().code(), scoped(target, TargetScope.ZONE), scoped(target, TargetScope.DISTRICT),
                        scoped(target, TargetScope.PROVINCE), target.zoneKind(), target.metric(), target.comparator(),
                        target.value(), target.year(), target.sourceId(), target.wording())
                .update();
    }

    private static String scoped(Target target, TargetScope scope) {
        return target.scope() == scope ? target.scopeCode() : null;
    }

    private static Target map(ResultSet rs, int row) throws SQLException {
        return new Target(rs.getLong("id"), Coded.find(TargetScope.class, rs.getString("scope_type")).orElseThrow(),
                rs.getString("scope_code"), rs.getString("zone_kind"), rs.getString("metric"),
                rs.getString("comparator"), rs.getDouble("target_value"), rs.getInt("target_year"),
                rs.getString("source_id"), rs.getString("wording"));
    }
}
