package vn.kcnatlas.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.text.Coded;

/** Reads a zone's audit history; {@link ZoneRepository} appends to it with every write. */
@Repository
public class ZoneHistoryRepository {

    private static final String SELECT = "SELECT version, action, changed_at, changed_by, comment, before_json,"
            + " after_json FROM zone_history";

    private final JdbcClient jdbc;

    ZoneHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of a zone, oldest first; empty for a zone that never existed. */
    public List<HistoryEntry> entries(String code) {
        return jdbc.sql(SELECT + " WHERE zone_code = :code ORDER BY version").param("code", code)
                .query(ZoneHistoryRepository::map).list();
    }

    public Optional<HistoryEntry> entry(String code, int version) {
        return jdbc.sql(SELECT + " WHERE zone_code = :code AND version = :version").param("code", code)
                .param("version", version).query(ZoneHistoryRepository::map).optional();
    }

    private static HistoryEntry map(ResultSet rs, int row) throws SQLException {
        return new HistoryEntry(rs.getInt("version"), Coded.find(HistoryAction.class, rs.getString("action"))
                .orElseThrow(), rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("changed_by"), rs.getString("comment"), rs.getString("before_json"),
                rs.getString("after_json"));
    }
}
