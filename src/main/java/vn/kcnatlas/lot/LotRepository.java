package vn.kcnatlas.lot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.store.SpatialSql;
import vn.kcnatlas.text.Coded;

/** Lots in the spatial store. */
@Repository
public class LotRepository {

    private static final String SELECT = "SELECT zone_code, code, ST_AsBinary(boundary) AS boundary_wkb, area_ha,"
            + " status, tenant, price_usd_m2, source, illustrative, version, updated_at FROM lot";

    /** The after state's figures are columns too, so that a past day's lot totals are summed in SQL. */
    private static final String INSERT_HISTORY = "INSERT INTO lot_history (zone_code, lot_code, version, action,"
            + " changed_at, changed_by, comment, before_json, after_json, area_ha, status, illustrative, updated_at)"
            + " VALUES ";
    private static final String HISTORY_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows of a multi-row insert: 13 values at most, well under PostgreSQL's 32,767 parameters a statement. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public LotRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Lot> findByZone(String zoneCode) {
        return jdbc.sql(SELECT + " WHERE zone_code = :zone ORDER BY code").param("zone", zoneCode)
                .query(LotRepository::map).list();
    }

    /**
     * The lots whose shape meets a box, at most {@code limit} of them, in zone and code order, their
     * boundaries those the store keeps for a band.
     */
    public List<Lot> findInBox(BoundingBox box, int limit, Band band) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return jdbc.sql(SELECT.replace("ST_AsBinary(boundary)", "ST_AsBinary(" + band.lotColumn() + ")") + " WHERE " + SpatialSql.intersects("boundary", box, params)
                        + " ORDER BY zone_code, code FETCH FIRST :limit ROWS ONLY")
                .params(params).query(LotRepository::map).list();
    }

    /**
     * Which lots to page through. Nulls mean "any".
     *
     * @param box lots whose shape meets it
     */
    public record Filter(String zoneCode, LotStatus status, BoundingBox box) {
    }

    /**
     * One page of the lots a filter matches, in zone and code order: the primary key, so that pages
     * neither overlap nor skip a lot, and the store walks its index rather than sorting. The page's keys
     * are found first and only its own rows are read whole: otherwise every row skipped to reach a deep
     * offset would have its shape read and encoded for nothing.
     */
    public List<Lot> find(Filter filter, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " JOIN (SELECT zone_code AS page_zone, code AS page_code FROM lot" + where
                        + " ORDER BY zone_code, code OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY) page"
                        + " ON zone_code = page_zone AND code = page_code ORDER BY zone_code, code")
                .params(params).query(LotRepository::map).list();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM lot" + where).params(params).query(Long.class).single();
    }

    /** The box around every lot, or empty when there is none. */
    public Optional<Envelope> extent() {
        return jdbc.sql(SpatialSql.extentQuery("lot", "boundary")).query(SpatialSql::extent).single();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.zoneCode() != null) {
            conditions.add("zone_code = :zone");
            params.put("zone", filter.zoneCode());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().code());
        }
        if (filter.box() != null) {
            conditions.add(SpatialSql.intersects("boundary", filter.box(), params));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Optional<Lot> find(String zoneCode, String code) {
        return jdbc.sql(SELECT + " WHERE zone_code = :zone AND code = :code").param("zone", zoneCode)
                .param("code", code).query(LotRepository::map).optional();
    }

    /** Stores a new lot at version 1 and records it in the lot history. */
    public Lot insert(Lot lot, LotAction action, Edit edit) {
        insertAll(List.of(lot), action, edit);
        return lot.stored(1, edit.at());
    }

    /**
     * Stores new lots at version 1 and records them in the lot history, as {@link #insert} does each, a few
     * hundred to a statement: an import brings up to a million, and a statement per lot and history row
     * kept the importer waiting on PostgreSQL's round trips for most of its time (bench/notes-nation.md).
     */
    public void insertAll(List<Lot> lots, LotAction action, Edit edit) {
        for (int from = 0; from < lots.size(); from += ROWS_PER_STATEMENT) {
            List<Lot> stored = lots.subList(from, Math.min(lots.size(), from + ROWS_PER_STATEMENT)).stream()
                    .map(lot -> lot.stored(1, edit.at())).toList();
            List<Object> lotValues = new ArrayList<>();
            List<Object> historyValues = new ArrayList<>();
            for (Lot lot : stored) {
                lotValues.addAll(List.of(lot.zoneCode(), lot.code(), Wkb.write(lot.boundary()), lot.areaHa(),
                        lot.status().code()));
                lotValues.addAll(Arrays.asList(lot.tenant(), lot.priceUsdM2(), lot.source()));
                lotValues.addAll(List.of(lot.illustrative(), lot.version(), timestamp(edit.at())));
                historyValues.addAll(historyRow(null, lot, action, edit));
            }
            jdbc.sql("INSERT INTO lot (zone_code, code, boundary, area_ha, status, tenant, price_usd_m2, source,"
                    + " illustrative, version, updated_at) VALUES "
                    + rows("(?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?)", stored.size()))
                    .params(lotValues).update();
            jdbc.sql(INSERT_HISTORY + rows(HISTORY_ROW, stored.size())).params(historyValues).update();
        }
    }

    private static String rows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /**
     * Replaces a lot's content, provided it is still at the version {@code current} holds.
     *
     * @throws StaleVersionException if someone changed the lot since {@code current} was read
     */
    public Lot update(Lot current, Lot changed, LotAction action, Edit edit) {
        Lot stored = changed.stored(current.version() + 1, edit.at());
        int rows = jdbc.sql("UPDATE lot SET boundary = ST_GeomFromWKB(?, 4326), area_ha = ?, status = ?, tenant = ?,"
                        + " price_usd_m2 = ?, source = ?, illustrative = ?, version = ?, updated_at = ?"
                        + " WHERE zone_code = ? AND code = ? AND version = ?")
                .params(Wkb.write(stored.boundary()), stored.areaHa(), stored.status().code(), stored.tenant(),
                        stored.priceUsdM2(), stored.source(), stored.illustrative(), stored.version(),
                        timestamp(edit.at()), current.zoneCode(), current.code(), current.version())
                .update();
        requireOne(rows, current);
        appendHistory(current, stored, action, edit);
        return stored;
    }

    /**
     * Deletes a lot, provided it is still at the version {@code current} holds; its history stays.
     *
     * @throws StaleVersionException if someone changed the lot since {@code current} was read
     */
    public void delete(Lot current, Edit edit) {
        int rows = jdbc.sql("DELETE FROM lot WHERE zone_code = ? AND code = ? AND version = ?")
                .params(current.zoneCode(), current.code(), current.version()).update();
        requireOne(rows, current);
        appendHistory(current, null, LotAction.DELETE, edit);
    }

    private static void requireOne(int rows, Lot current) {
        if (rows == 0) {
            throw new StaleVersionException("Lot " + current.id(), current.version());
        }
    }

    private void appendHistory(Lot before, Lot after, LotAction action, Edit edit) {
        jdbc.sql(INSERT_HISTORY + HISTORY_ROW).params(historyRow(before, after, action, edit)).update();
    }

    /** The values of {@link #HISTORY_ROW} for a change from {@code before} to {@code after}. */
    private List<Object> historyRow(Lot before, Lot after, LotAction action, Edit edit) {
        Lot lot = after != null ? after : before;
        List<Object> row = new ArrayList<>(Arrays.asList(lot.zoneCode(), lot.code(),
                after != null ? after.version() : before.version() + 1, action.code(), timestamp(edit.at()), edit.by(),
                edit.comment(), toJson(before), toJson(after)));
        row.addAll(after == null ? Arrays.asList(null, null, null, null)
                : List.of(after.areaHa(), after.status().code(), after.illustrative(), timestamp(after.updatedAt())));
        return row;
    }

    private String toJson(Lot lot) {
        return lot == null ? null : json.writeValueAsString(LotGeoJson.feature(lot).toJson());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM lot").query(Integer.class).single();
    }

    private static Lot map(ResultSet rs, int row) throws SQLException {
        double price = rs.getDouble("price_usd_m2");
        Double priceOrNull = rs.wasNull() ? null : price;
        return new Lot(rs.getString("zone_code"), rs.getString("code"),
                (MultiPolygon) Wkb.read(rs.getBytes("boundary_wkb")), rs.getDouble("area_ha"),
                Coded.find(LotStatus.class, rs.getString("status")).orElseThrow(), rs.getString("tenant"), priceOrNull,
                rs.getString("source"), rs.getBoolean("illustrative"), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
