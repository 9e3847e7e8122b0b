package vn.kcnatlas.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.text.Coded;

/**
 * Periodic zone reports in the store. Every entry and correction appends the report as written to
 * zone_report_history, in the caller's transaction.
 */
@Repository
public class ReportRepository {

    private static final String COLUMNS = "zone_code, period, as_of, cleared_ha, leased_ha, occupancy_pct, tenants,"
            + " registered_capital_bn_vnd, wastewater_plant, note, source_id, version, created_at, created_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A zone's reports, newest first. */
    public List<ZoneReport> findByZone(String zoneCode) {
        return jdbc.sql("SELECT * FROM zone_report WHERE zone_code = :zone ORDER BY as_of DESC")
                .param("zone", zoneCode).query(ReportRepository::map).list();
    }

    /** Every report dated on or before {@code asOf} (every report when it is null), oldest first. */
    public List<ZoneReport> until(LocalDate asOf) {
        return jdbc.sql("SELECT * FROM zone_report" + (asOf == null ? "" : " WHERE as_of <= :asOf")
                        + " ORDER BY as_of, zone_code")
                .params(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .query(ReportRepository::map).list();
    }

    public Optional<ZoneReport> find(String zoneCode, long id) {
        return jdbc.sql("SELECT * FROM zone_report WHERE zone_code = :zone AND id = :id")
                .param("zone", zoneCode).param("id", id).query(ReportRepository::map).optional();
    }

    /** The zone's report describing that day, whichever period it was entered for. */
    public Optional<ZoneReport> findByDay(String zoneCode, LocalDate asOf) {
        return jdbc.sql("SELECT * FROM zone_report WHERE zone_code = :zone AND as_of = :asOf")
                .param("zone", zoneCode).param("asOf", asOf).query(ReportRepository::map).optional();
    }

    /** Stores a report from a document, which keeps no history: the document is its record. */
    public void insert(ZoneReport report) {
        jdbc.sql("INSERT INTO zone_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(report)).update();
    }

    /** Stores an entered report at version 1 and records it in its history. */
    public ZoneReport enter(ZoneReport report, Instant at, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO zone_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(report.withStored(0, 1))).update(keys, "id");
        ZoneReport stored = report.withStored(keys.getKey().longValue(), 1);
        appendHistory(stored, "create", at, by);
        return stored;
    }

    /**
     * Replaces a report's figures, provided it is still at {@code basedOn}; its period, date and first entry
     * stay.
     *
     * @throws StaleVersionException if someone corrected it since
     */
    public ZoneReport correct(ZoneReport corrected, int basedOn, Instant at, String by) {
        ZoneReport stored = corrected.withStored(corrected.id(), basedOn + 1);
        int rows = jdbc.sql("UPDATE zone_report SET cleared_ha = ?, leased_ha = ?, occupancy_pct = ?, tenants = ?,"
                        + " registered_capital_bn_vnd = ?, wastewater_plant = ?, note = ?, source_id = ?, version = ?"
                        + " WHERE id = ? AND version = ?")
                .params(stored.clearedHa(), stored.leasedHa(), stored.occupancyPct(), stored.tenants(),
                        stored.registeredCapitalBnVnd(), code(stored.wastewaterPlant()), stored.note(),
                        stored.sourceId(), stored.version(), stored.id(), basedOn)
                .update();
        if (rows == 0) {
            throw new StaleVersionException("Report " + corrected.id(), basedOn);
        }
        appendHistory(stored, "correct", at, by);
        return stored;
    }

    /** A report's entry and corrections, newest first. */
    public List<ReportVersion> history(long id) {
        return jdbc.sql("SELECT version, action, changed_at, changed_by, report_json FROM zone_report_history"
                        + " WHERE report_id = :id ORDER BY version DESC")
                .param("id", id)
                .query((rs, row) -> new ReportVersion(rs.getInt("version"), rs.getString("action"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                        json.readTree(rs.getString("report_json"))))
                .list();
    }

    private void appendHistory(ZoneReport report, String action, Instant at, String by) {
        jdbc.sql("INSERT INTO zone_report_history (report_id, version, action, changed_at, changed_by, report_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(report.id(), report.version(), action, at.atOffset(ZoneOffset.UTC), by,
                        json.writeValueAsString(report))
                .update();
    }

    private static Object[] values(ZoneReport report) {
        return new Object[] {report.zoneCode(), report.period(), report.asOf(), report.clearedHa(), report.leasedHa(),
            report.occupancyPct(), report.tenants(), report.registeredCapitalBnVnd(), code(report.wastewaterPlant()),
            report.note(), report.sourceId(), report.version(), report.createdAt().atOffset(ZoneOffset.UTC),
            report.createdBy()};
    }

    private static String code(WastewaterPlant plant) {
        return plant == null ? null : plant.code();
    }

    private static ZoneReport map(ResultSet rs, int row) throws SQLException {
        String plant = rs.getString("wastewater_plant");
        return new ZoneReport(rs.getLong("id"), rs.getString("zone_code"), rs.getString("period"),
                rs.getObject("as_of", LocalDate.class), rs.getObject("cleared_ha", Double.class),
                rs.getObject("leased_ha", Double.class), rs.getObject("occupancy_pct", Double.class),
                rs.getObject("tenants", Integer.class), rs.getObject("registered_capital_bn_vnd", Double.class),
                plant == null ? null : Coded.find(WastewaterPlant.class, plant).orElseThrow(), rs.getString("note"),
                rs.getString("source_id"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }
}
