package vn.kcnatlas.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.text.Coded;

/** Periodic zone reports in the store. */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A zone's reports, newest first. */
    public List<ZoneReport> findByZone(String zoneCode) {
        return jdbc.sql("SELECT * FROM zone_report WHERE zone_code = :zone ORDER BY as_of DESC")
                .param("zone", zoneCode).query(ReportRepository::map).list();
    }

    public void insert(ZoneReport report) {
        jdbc.sql("INSERT INTO zone_report (zone_code, as_of, cleared_ha, leased_ha, occupancy_pct, tenants,"
                        + " registered_capital_bn_vnd, wastewater_plant, note, source_id, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(report.zoneCode(), report.asOf(), report.clearedHa(), report.leasedHa(), report.occupancyPct(),
                        report.tenants(), report.registeredCapitalBnVnd(),
                        report.wastewaterPlant() == null ? null : report.wastewaterPlant().code(), report.note(),
                        report.sourceId(), report.createdAt().atOffset(ZoneOffset.UTC), report.createdBy())
                .update();
    }

    private static ZoneReport map(ResultSet rs, int row) throws SQLException {
        String plant = rs.getString("wastewater_plant");
        return new ZoneReport(rs.getLong("id"), rs.getString("zone_code"), rs.getObject("as_of", LocalDate.class),
                rs.getObject("cleared_ha", Double.class), rs.getObject("leased_ha", Double.class),
                rs.getObject("occupancy_pct", Double.class), rs.getObject("tenants", Integer.class),
                rs.getObject("registered_capital_bn_vnd", Double.class),
                plant == null ? null : Coded.find(WastewaterPlant.class, plant).orElseThrow(), rs.getString("note"),
                rs.getString("source_id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
    }
}
