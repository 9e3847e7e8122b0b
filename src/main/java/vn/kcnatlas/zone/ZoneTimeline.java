package vn.kcnatlas.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.FeatureInput;
import vn.kcnatlas.district.AdminUnitDirectory;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.unit2025.CurrentUnits;

/**
 * The zones as they stood at the end of a past day (in Việt Nam).
 *
 * <ul>
 * <li>Boundaries and attributes come from the zone history: the latest version recorded by the end of the
 * day. A zone's first version loaded from the seed or an import stands for facts that predate the store,
 * so it counts from the beginning; a zone a planner created later did not exist yet.</li>
 * <li>Occupancy comes from the reports dated on or before the day, the lots from the lots' history the same
 * way as zones.</li>
 * <li>The leased and cleared areas a version states are unknown on a day before the date they describe.</li>
 * <li>Today's units (since 1 July 2025) are today's: a zone is placed in them as it is placed now.</li>
 * </ul>
 */
final class ZoneTimeline {

    /** The latest version of each row recorded before the cutoff, or its first if the seed or an import made it. */
    private static final String KNOWN_BY_CUTOFF = " AND (x.changed_at < :cutoff OR (x.version = 1"
            + " AND x.action IN ('seed', 'import')))";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AdminUnits adminUnits;
    /** Every zone's record of the days asked for lately: a map of a past day asks for it once a tile. */
    private final PastDays<List<Recorded>> everyZone = new PastDays<>(4);

    ZoneTimeline(JdbcClient jdbc, JsonMapper json, AdminUnits adminUnits) {
        this.jdbc = jdbc;
        this.json = json;
        this.adminUnits = adminUnits;
    }

    /** Every zone that existed at the end of the day, or only the one with {@code code} when it is not null. */
    List<ZoneView> zones(LocalDate day, String code) {
        List<Recorded> recorded = code == null ? everyZone.get(day, () -> recorded(day, null)) : recorded(day, code);
        AdminUnitDirectory places = adminUnits.directory();
        Map<String, CurrentUnits> current = currentUnits(code);
        return recorded.stream().map(r -> new ZoneView(r.zone(), place(r.zone(), places, current.get(r.zone().code())),
                r.figures())).toList();
    }

    /**
     * Forgets the days kept: called on every change to map data or reports (their writers announce both as
     * {@link vn.kcnatlas.change.MapDataChanged}), which may land in a past day: an import's first versions
     * count from the beginning, and a report may describe any day.
     */
    void forgetDays() {
        everyZone.forget();
    }

    /** A zone as its history and the reports tell it at the end of a day: all but its place in today's units. */
    private record Recorded(Zone zone, ZoneFigures figures) {
    }

    private List<Recorded> recorded(LocalDate day, String code) {
        String oneZone = code == null ? "" : " AND h.zone_code = :code";
        Map<String, Object> params = new HashMap<>();
        params.put("cutoff", VietnamDays.endOf(day).atOffset(ZoneOffset.UTC));
        if (code != null) {
            params.put("code", code);
        }
        List<Zone> zones = jdbc.sql("SELECT h.version, h.action, h.after_json FROM zone_history h"
                        + " WHERE h.version = (SELECT MAX(x.version) FROM zone_history x"
                        + " WHERE x.zone_code = h.zone_code" + KNOWN_BY_CUTOFF + ")" + oneZone
                        + " ORDER BY h.zone_code")
                .params(params).query(this::zoneVersion).list();
        Map<String, LotTotals> lots = lotTotals(params, code == null ? "" : " AND x.zone_code = :code");
        Map<String, ReportedOccupancy> reported = reported(day, code);
        return zones.stream().map(zone -> knownOn(zone, day)).map(known -> new Recorded(known,
                ZoneFigures.of(known, lots.getOrDefault(known.code(), LotTotals.NONE), reported.get(known.code()))))
                .toList();
    }

    /** Every version of every zone recorded by the end of the day, by zone code, oldest first. */
    Map<String, List<ZoneVersion>> versions(LocalDate day) {
        Map<String, List<ZoneVersion>> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT x.zone_code, x.version, x.action, x.changed_at, x.after_json FROM zone_history x"
                        + " WHERE x.after_json IS NOT NULL" + KNOWN_BY_CUTOFF + " ORDER BY x.zone_code, x.version")
                .param("cutoff", VietnamDays.endOf(day).atOffset(ZoneOffset.UTC))
                .query(rs -> {
                    versions.computeIfAbsent(rs.getString("zone_code"), code -> new ArrayList<>()).add(new ZoneVersion(
                            zoneVersion(rs, 0), rs.getObject("changed_at", OffsetDateTime.class).toInstant()));
                });
        return versions;
    }

    private Zone zoneVersion(ResultSet rs, int row) throws SQLException {
        FeatureInput feature = FeatureInput.read(json.readTree(rs.getString("after_json")), "zone", false);
        ZoneDraft draft = ZoneGeoJson.read(feature.id(), feature.properties(), feature.geometry()).value();
        JsonNode properties = feature.properties();
        Revision revision = new Revision(rs.getInt("version"),
                Instant.parse(properties.path("updatedAt").asString()), properties.path("updatedBy").asString(),
                Coded.find(HistoryAction.class, rs.getString("action")).orElseThrow());
        return draft.toZone(draft.province(), draft.district()).withRevision(revision);
    }

    private static Zone knownOn(Zone zone, LocalDate day) {
        LocalDate described = zone.provenance().asOf();
        if (described == null || !described.isAfter(day)) {
            return zone;
        }
        LandFigures land = zone.land();
        return zone.withLand(new LandFigures(land.areaHa(), land.leasableHa(), land.clearanceStatus(), null, null));
    }

    /**
     * Each zone's lots as their latest history rows known by the cutoff describe them, summed by
     * {@link LotSums} in the store; a lot whose latest row is its deletion is gone.
     */
    private Map<String, LotTotals> lotTotals(Map<String, Object> params, String oneZone) {
        Map<String, LotTotals> totals = new HashMap<>();
        jdbc.sql("SELECT zone_code, " + LotSums.AGGREGATES + " FROM (SELECT x.zone_code, x.area_ha, x.status,"
                        + " x.illustrative, x.updated_at, ROW_NUMBER() OVER (PARTITION BY x.zone_code, x.lot_code"
                        + " ORDER BY x.id DESC) AS newest FROM lot_history x WHERE TRUE" + KNOWN_BY_CUTOFF
                        + oneZone + ") known WHERE newest = 1 AND status IS NOT NULL"
                        + " GROUP BY zone_code")
                .params(params).query(rs -> {
                    totals.put(rs.getString("zone_code"), LotSums.read(rs));
                });
        return totals;
    }

    private Map<String, ReportedOccupancy> reported(LocalDate day, String code) {
        Map<String, ReportedOccupancy> latest = new HashMap<>();
        jdbc.sql("SELECT r.zone_code, r.occupancy_pct, r.leased_ha, r.as_of, r.source_id, r.created_by"
                        + " FROM zone_report r"
                        + " WHERE r.occupancy_pct IS NOT NULL AND r.as_of = (SELECT MAX(x.as_of) FROM zone_report x"
                        + " WHERE x.zone_code = r.zone_code AND x.occupancy_pct IS NOT NULL AND x.as_of <= :day)"
                        + (code == null ? "" : " AND r.zone_code = :code"))
                .param("day", day).params(code == null ? Map.of() : Map.of("code", code))
                .query(rs -> {
                    latest.put(rs.getString("zone_code"), new ReportedOccupancy(rs.getDouble("occupancy_pct"),
                            rs.getObject("leased_ha", Double.class), rs.getObject("as_of", LocalDate.class),
                            rs.getString("source_id"), rs.getString("created_by")));
                });
        return latest;
    }

    private Map<String, CurrentUnits> currentUnits(String code) {
        Map<String, CurrentUnits> units = new HashMap<>();
        jdbc.sql("SELECT z.code, " + ZoneRepository.CURRENT_UNIT_COLUMNS + " FROM zone z "
                        + ZoneRepository.CURRENT_UNIT_JOINS + (code == null ? "" : " WHERE z.code = :code"))
                .params(code == null ? Map.of() : Map.of("code", code)).query(rs -> {
                    units.put(rs.getString("code"), ZoneRepository.currentUnits(rs));
                });
        return units;
    }

    private static ZonePlace place(Zone zone, AdminUnitDirectory places, CurrentUnits current) {
        District district = places.districtByCode(zone.districtCode()).orElseThrow(() -> new IllegalStateException(
                "Zone " + zone.code() + "'s history names an unknown district " + zone.districtCode()));
        // By code: province() matches names as written, folding each province's name to compare, which for
        // every zone of every dated tile was most of the tile's time.
        return new ZonePlace(places.provinceName(zone.provinceCode()), district.displayName(), ZonePlace.markerOf(zone, district.labelPoint()),
                current);
    }
}
