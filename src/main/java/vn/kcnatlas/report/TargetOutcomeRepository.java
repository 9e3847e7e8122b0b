package vn.kcnatlas.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.time.VietnamDays;

/** Recorded outcomes of targets, only ever added to. */
@Repository
public class TargetOutcomeRepository {

    private static final String SELECT = "SELECT id, target_id, outcome, as_of, source, source_url, note, recorded_by,"
            + " recorded_at FROM target_outcome";

    private final JdbcClient jdbc;

    public TargetOutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TargetOutcome add(long targetId, TargetOutcomeInput input, String recordedBy, Instant recordedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO target_outcome (target_id, outcome, as_of, source, source_url, note, recorded_by,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(targetId, input.value(), input.asOf(), input.source(), input.sourceUrl(), input.note(),
                        recordedBy, Timestamp.from(recordedAt))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        return new TargetOutcome(id, targetId, input.value(), input.asOf(), input.source(), input.sourceUrl(),
                input.note(), recordedBy, recordedAt);
    }

    /** A target's outcomes, latest day first and, for one day, the latest record first. */
    public List<TargetOutcome> of(long targetId) {
        return jdbc.sql(SELECT + " WHERE target_id = ? ORDER BY as_of DESC, id DESC").param(targetId)
                .query(TargetOutcomeRepository::map).list();
    }

    /**
     * Every outcome describing a day up to {@code day} and recorded by its end, so that a past day is judged
     * only by what was on record then.
     */
    public List<TargetOutcome> until(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE as_of <= ? AND recorded_at < ? ORDER BY as_of DESC, id DESC")
                .params(day, Timestamp.from(VietnamDays.endOf(day)))
                .query(TargetOutcomeRepository::map).list();
    }

    private static TargetOutcome map(ResultSet rs, int row) throws SQLException {
        return new TargetOutcome(rs.getLong("id"), rs.getLong("target_id"), rs.getDouble("outcome"),
                rs.getObject("as_of", LocalDate.class), rs.getString("source"), rs.getString("source_url"),
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
