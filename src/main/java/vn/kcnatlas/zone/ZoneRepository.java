package vn.kcnatlas.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.MapDataChanged;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.geo.Band;
import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.store.SpatialSql;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.unit2025.CurrentUnits;
import vn.kcnatlas.unit2025.Placement;
import vn.kcnatlas.unit2025.UnitBasis;

/**
 * Zones in the spatial store, PostGIS or H2GIS alike. Every write appends to the zone's audit history
 * in the same transaction as the row it changes, and checks the version it was based on.
 */
@Repository
public class ZoneRepository {

    /** Where a zone lies in today's units, as {@link #currentUnits} reads it. */
    static final String CURRENT_UNIT_COLUMNS = "z.commune_2025_code, c25.full_name AS commune_2025_name,"
            + " z.province_2025_code, p25.name AS province_2025_name, z.unit_2025_basis";
    static final String CURRENT_UNIT_JOINS = "LEFT JOIN commune_2025 c25 ON c25.code = z.commune_2025_code"
            + " LEFT JOIN province_2025 p25 ON p25.code = z.province_2025_code";

    /** What a zone's occupancy is derived from besides its declared figures: its lots' totals and latest report. */
    private static final String OCCUPANCY_COLUMNS = """
            z.lot_count, z.illustrative_lot_count, z.lots_total_ha, z.lots_leased_ha, z.lots_reserved_ha,
                   z.lots_available_ha, z.lots_as_of,
                   rp.occupancy_pct AS reported_pct, rp.leased_ha AS reported_leased_ha, rp.as_of AS reported_as_of,
                   rp.source_id AS reported_source_id, rp.created_by AS reported_by""";
    private static final String LATEST_REPORT_JOIN = """
            LEFT JOIN zone_report rp ON rp.zone_code = z.code AND rp.as_of = (
                  SELECT MAX(r.as_of) FROM zone_report r WHERE r.zone_code = z.code AND r.occupancy_pct IS NOT NULL)""";

    private static final String SELECT = """
            SELECT z.code, z.name, z.name_in_source, z.kind, z.province_code, z.district_code, z.commune,
                   z.lifecycle, z.decision_number, z.decision_date, ST_AsBinary(z.boundary) AS boundary_wkb,
                   z.boundary_quality, z.area_ha, z.leasable_ha, z.clearance_status, z.cleared_ha, z.leased_ha,
                   z.investment_status, z.developer, z.contact, z.contact_id, z.rent_min_usd_m2, z.rent_max_usd_m2,
                   z.rent_basis, z.rent_until_year,
                   z.source, z.source_ids, z.as_of, z.notes, z.contact_internal, z.version, z.updated_at,
                   z.updated_by, p.name AS province_name, d.name AS district_name, d.unit_type AS district_unit_type,
                   ST_AsBinary(d.label_point) AS district_label_wkb,
                   %s,
                   h.action AS revision_action, %s
              FROM zone z
              JOIN province p ON p.code = z.province_code
              JOIN district d ON d.code = z.district_code
              %s
              LEFT JOIN zone_history h ON h.zone_code = z.code AND h.version = z.version
              %s
            """.formatted(OCCUPANCY_COLUMNS, CURRENT_UNIT_COLUMNS, CURRENT_UNIT_JOINS, LATEST_REPORT_JOIN);

    /**
     * What a map draws of the zones in a box ({@link #findDrawing}): the columns its styles and labels read,
     * the band's boundary in place of {@code %s}, and what occupancy is derived from, read as {@link #SELECT}
     * reads them. A zone with a boundary is marked inside it, so its district's point is not read.
     */
    private static final String SELECT_DRAWING = """
            SELECT z.code, z.name, z.investment_status, z.clearance_status, ST_AsBinary(z.%s) AS boundary_wkb,
                   CASE WHEN z.boundary IS NULL THEN ST_AsBinary(d.label_point) END AS district_label_wkb,
                   z.leasable_ha, z.leased_ha, z.as_of, z.updated_at, %s
              FROM zone z
              JOIN district d ON d.code = z.district_code
              %s
            """.formatted("%s", OCCUPANCY_COLUMNS, LATEST_REPORT_JOIN);

    private static final String COLUMNS = "name, name_in_source, kind, province_code, district_code, commune,"
            + " lifecycle, decision_number, decision_date, boundary, boundary_quality, area_ha, leasable_ha,"
            + " clearance_status, cleared_ha, leased_ha, investment_status, developer, contact, contact_id,"
            + " rent_min_usd_m2, rent_max_usd_m2, rent_basis, rent_until_year, source, source_ids, as_of, notes, contact_internal, search_text, version, updated_at,"
            + " updated_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ZoneTimeline timeline;

    public ZoneRepository(JdbcClient jdbc, JsonMapper json, AdminUnits adminUnits) {
        this.jdbc = jdbc;
        this.json = json;
        this.timeline = new ZoneTimeline(jdbc, json, adminUnits);
    }

    public List<ZoneView> find(ZoneQuery query) {
        return match(query).zones();
    }

    /**
     * The zones a query lists as they stood at the end of a day ({@link ZoneTimeline} says how that is
     * told); now when {@code asOf} is null.
     */
    public List<ZoneView> find(ZoneQuery query, LocalDate asOf) {
        return match(query, asOf).zones();
    }

    public ZoneMatches match(ZoneQuery query, LocalDate asOf) {
        if (asOf == null) {
            return match(query);
        }
        return ZoneMatches.filter(timeline.zones(asOf, null).stream().filter(query::admits).toList(),
                query.figures());
    }

    /** A change to map data or reports, made here or relayed from another process, may land in a past day. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onChange(MapDataChanged change) {
        timeline.forgetDays();
    }

    /** One zone as it stood at the end of a day; empty if it did not exist yet. Now when {@code asOf} is null. */
    public Optional<ZoneView> findByCode(String code, LocalDate asOf) {
        return asOf == null ? findByCode(code) : timeline.zones(asOf, code).stream().findFirst();
    }

    /**
     * Every version of every zone recorded by the end of a day, by zone code, oldest first: what
     * {@link #find(ZoneQuery, LocalDate)} picks the latest of.
     */
    public Map<String, List<ZoneVersion>> versions(LocalDate day) {
        return timeline.versions(day);
    }

    /**
     * What a map of a box drew at the end of a day, as {@link #findDrawable(BoundingBox, Band)} tells it now,
     * the boundaries simplified for the band as the store simplifies its own.
     */
    public List<ZoneView> findDrawable(BoundingBox box, LocalDate asOf, Band band) {
        if (asOf == null) {
            return findDrawable(box, band);
        }
        ZoneQuery inBox = ZoneQuery.inBox(box);
        return timeline.zones(asOf, null).stream()
                .filter(v -> v.zone().lifecycle() != Lifecycle.REMOVED_FROM_PLAN)
                .filter(v -> v.zone().boundary() == null || inBox.admits(v))
                .map(v -> v.zone().boundary() == null ? v
                        : v.withBoundary(band.simplify(v.zone().boundary())))
                .toList();
    }

    /**
     * What a map of a box draws, as {@link #findDrawable(BoundingBox, LocalDate, Band)} finds it, read with only
     * what drawing needs ({@link ZoneDrawing}); now when {@code asOf} is null.
     */
    public List<ZoneDrawing> findDrawing(BoundingBox box, LocalDate asOf, Band band) {
        if (asOf != null) {
            return findDrawable(box, asOf, band).stream().map(ZoneDrawing::of).toList();
        }
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(SELECT_DRAWING.formatted(band.zoneColumn()) + drawableIn(box, params)).params(params)
                .query(ZoneRepository::mapDrawing).list();
    }

    /** The zones a query lists, with the count of those its figure filter could not judge. */
    public ZoneMatches match(ZoneQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        addIn(where, params, "z.kind", "kinds", query.kinds().stream().map(Coded::code).toList());
        addIn(where, params, "z.province_code", "provinces", query.provinceCodes());
        addIn(where, params, "z.district_code", "districts", query.districtCodes());
        addIn(where, params, "z.investment_status", "investment", query.investment().stream().map(Coded::code).toList());
        addIn(where, params, "z.clearance_status", "clearance", query.clearance().stream().map(Coded::code).toList());
        addIn(where, params, "z.lifecycle", "lifecycles", query.lifecycles().stream().map(Coded::code).toList());
        addIn(where, params, "z.commune_2025_code", "communes", query.communeCodes());
        addIn(where, params, "z.province_2025_code", "currentProvinces", query.currentProvinceCodes());
        if (query.bbox() != null) {
            where.add(SpatialSql.intersects("z.boundary", query.bbox(), params));
        }
        for (int i = 0; i < query.searchTerms().size(); i++) {
            where.add("z.search_text LIKE :term" + i + " ESCAPE '\\'");
            params.put("term" + i, "%" + escapeLike(query.searchTerms().get(i)) + "%");
        }
        String sql = SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY z.code";
        List<ZoneView> views = jdbc.sql(sql).params(params).query(this::mapView).list();
        return ZoneMatches.filter(views, query.figures());
    }

    /**
     * What a map of a box draws, in one query: the zones whose boundary meets the box, and the zones
     * with no boundary yet, which maps mark at their district's label point wherever that is. Zones
     * taken out of the plan are not drawn: they are no offer to an investor any more. The boundaries are
     * the band's, which the store keeps beside the full ones; so are the figures measured on them (the
     * geometric area), which maps do not show.
     */
    public List<ZoneView> findDrawable(BoundingBox box, Band band) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(withBoundaryOf(band) + drawableIn(box, params)).params(params).query(this::mapView).list();
    }

    /** The condition and order of the zones a map of a box draws (see {@link #findDrawable(BoundingBox, Band)}). */
    private static String drawableIn(BoundingBox box, Map<String, Object> params) {
        return " WHERE z.lifecycle <> 'removed_from_plan' AND (z.boundary IS NULL OR ("
                + SpatialSql.intersects("z.boundary", box, params) + ")) ORDER BY z.code";
    }

    /**
     * The boundaries of these zones as a band has them: read from the band's column for now, simplified by
     * the band's rule for a past day. Zones without a boundary are left out.
     */
    public Map<String, MultiPolygon> boundaries(List<ZoneView> views, LocalDate asOf, Band band) {
        Map<String, MultiPolygon> boundaries = new HashMap<>();
        List<Zone> bounded = views.stream().map(ZoneView::zone).filter(z -> z.boundary() != null).toList();
        if (asOf != null || band == Band.FULL) {
            bounded.forEach(z -> boundaries.put(z.code(), band.simplify(z.boundary())));
        } else if (!bounded.isEmpty()) {
            jdbc.sql("SELECT code, ST_AsBinary(" + band.zoneColumn() + ") AS band_wkb FROM zone WHERE code IN (:codes)")
                    .param("codes", bounded.stream().map(Zone::code).toList())
                    .query(rs -> {
                        boundaries.put(rs.getString("code"), (MultiPolygon) Wkb.read(rs.getBytes("band_wkb")));
                    });
        }
        return boundaries;
    }

    private static String withBoundaryOf(Band band) {
        return SELECT.replace("ST_AsBinary(z.boundary)", "ST_AsBinary(z." + band.zoneColumn() + ")");
    }

    /** The box around every zone boundary; empty when no zone has one. */
    public Optional<Envelope> extent() {
        return jdbc.sql(SpatialSql.extentQuery("zone", "boundary")).query(SpatialSql::extent).single();
    }

    public Optional<ZoneView> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE z.code = :code").param("code", code).query(this::mapView).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM zone WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM zone").query(Integer.class).single();
    }

    /** Stores a new zone at version 1 and records it in its history. */
    public Zone insert(Zone zone, HistoryAction action, Edit edit) {
        Zone stored = zone.withRevision(new Revision(1, edit.at(), edit.by(), action));
        String placeholders = Arrays.stream(COLUMNS.split(","))
                .map(c -> c.strip().equals("boundary") ? "ST_GeomFromWKB(?, 4326)" : "?")
                .collect(Collectors.joining(", "));
        jdbc.sql("INSERT INTO zone (code, " + COLUMNS + ") VALUES (?, " + placeholders + ")")
                .params(withCodeFirst(stored))
                .update();
        appendHistory(null, stored, action, edit.comment());
        return stored;
    }

    /**
     * Replaces a zone's content, provided it is still at the version {@code current} holds.
     *
     * @throws StaleVersionException if someone changed the zone since {@code current} was read
     */
    public Zone update(Zone current, Zone changed, HistoryAction action, Edit edit) {
        int version = current.revision().version();
        Zone stored = changed.withRevision(new Revision(version + 1, edit.at(), edit.by(), action));
        String assignments = Arrays.stream(COLUMNS.split(","))
                .map(String::strip)
                .map(c -> c + " = " + (c.equals("boundary") ? "ST_GeomFromWKB(?, 4326)" : "?"))
                .collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(values(stored));
        params.add(stored.code());
        params.add(version);
        int rows = jdbc.sql("UPDATE zone SET " + assignments + " WHERE code = ? AND version = ?")
                .params(params).update();
        if (rows == 0) {
            throw new StaleVersionException("Zone " + current.code(), version);
        }
        appendHistory(current, stored, action, edit.comment());
        return stored;
    }

    /**
     * Records where a zone lies in today's units. It is derived from the boundary and the imported units
     * (or chosen by a planner), not part of the zone's content, so it makes no new version.
     */
    public void place(String code, Placement placement) {
        jdbc.sql("UPDATE zone SET commune_2025_code = ?, province_2025_code = ?, unit_2025_basis = ? WHERE code = ?")
                .params(placement.communeCode(), placement.provinceCode(),
                        placement.basis() == null ? null : placement.basis().code(), code)
                .update();
    }

    /**
     * Recomputes the lot totals kept on the zones' rows from their lots, as {@link LotSums} sums them. Every
     * writer of lots calls it in the same transaction, so the totals are never out of step with the lots.
     */
    public void refreshLotTotals(Collection<String> zoneCodes) {
        if (zoneCodes.isEmpty()) {
            return;
        }
        // One pass over each zone's lots, found by the key's zone_code: a condition on status beside it led H2
        // to the status index, a scan of a third of the country's lots for every zone an import touched.
        jdbc.sql("UPDATE zone SET (" + LotSums.COLUMNS + ") = (SELECT " + LotSums.AGGREGATES
                        + " FROM lot WHERE lot.zone_code = zone.code) WHERE code IN (:codes)")
                .param("codes", List.copyOf(zoneCodes)).update();
    }

    private void appendHistory(Zone before, Zone after, HistoryAction action, String comment) {
        jdbc.sql("INSERT INTO zone_history (zone_code, version, action, changed_at, changed_by, comment, before_json,"
                        + " after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(after.code(), after.revision().version(), action.code(), timestamp(after.revision().updatedAt()),
                        after.revision().updatedBy(), comment, before == null ? null : toJson(before), toJson(after))
                .update();
    }

    private String toJson(Zone zone) {
        return json.writeValueAsString(ZoneGeoJson.storedFeature(zone).toJson());
    }

    private List<Object> withCodeFirst(Zone zone) {
        List<Object> params = new ArrayList<>();
        params.add(zone.code());
        params.addAll(values(zone));
        return params;
    }

    /** The values for {@link #COLUMNS}, in order. */
    private static List<Object> values(Zone zone) {
        LandFigures land = zone.land();
        InvestmentCall call = zone.investment();
        Revision revision = zone.revision();
        return Arrays.asList(zone.name(), zone.nameInSource(), zone.kind().code(), zone.provinceCode(),
                zone.districtCode(), zone.commune(), zone.lifecycle().code(), zone.decisionNumber(),
                zone.decisionDate(), Wkb.write(zone.boundary()),
                zone.boundaryQuality() == null ? null : zone.boundaryQuality().code(), land.areaHa(),
                land.leasableHa(), land.clearanceStatus().code(), land.clearedHa(), land.leasedHa(),
                call.status().code(), call.developer(), call.contact(), call.contactId(), call.rentMinUsdM2(),
                call.rentMaxUsdM2(), call.rentBasis() == null ? null : call.rentBasis().code(), call.rentUntilYear(),
                zone.provenance().source(), String.join(",", zone.provenance().sourceIds()),
                zone.provenance().asOf(), zone.staffOnly().notes(), zone.staffOnly().contactInternal(),
                ZoneSearchText.of(zone), revision.version(),
                timestamp(revision.updatedAt()), revision.updatedBy());
    }

    private ZoneView mapView(ResultSet rs, int row) throws SQLException {
        Zone zone = mapZone(rs);
        LotTotals lots = LotSums.read(rs);
        ReportedOccupancy reported = reported(rs);
        UnitType unitType = UnitType.fromCode(rs.getString("district_unit_type")).orElseThrow();
        Point marker = ZonePlace.markerOf(zone, (Point) Wkb.read(rs.getBytes("district_label_wkb")));
        ZonePlace place = new ZonePlace(rs.getString("province_name"),
                District.displayName(unitType, rs.getString("district_name")), marker, currentUnits(rs));
        return new ZoneView(zone, place, ZoneFigures.of(zone, lots, reported));
    }

    private static ZoneDrawing mapDrawing(ResultSet rs, int row) throws SQLException {
        LocalDate declaredAsOf = ZoneFigures.declaredAsOf(rs.getObject("as_of", LocalDate.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        Occupancy occupancy = Occupancy.of(nullableDouble(rs, "leasable_ha"), nullableDouble(rs, "leased_ha"),
                declaredAsOf, LotSums.read(rs), reported(rs));
        byte[] label = rs.getBytes("district_label_wkb");
        return new ZoneDrawing(rs.getString("code"), rs.getString("name"),
                enumOf(InvestmentStatus.class, rs.getString("investment_status")),
                enumOf(ClearanceStatus.class, rs.getString("clearance_status")), occupancy.pct(),
                (MultiPolygon) Wkb.read(rs.getBytes("boundary_wkb")), label == null ? null : (Point) Wkb.read(label));
    }

    /** The latest report of {@link #OCCUPANCY_COLUMNS}; null when the zone has none with an occupancy figure. */
    private static ReportedOccupancy reported(ResultSet rs) throws SQLException {
        Double reportedPct = nullableDouble(rs, "reported_pct");
        return reportedPct == null ? null
                : new ReportedOccupancy(reportedPct, nullableDouble(rs, "reported_leased_ha"),
                        rs.getObject("reported_as_of", LocalDate.class), rs.getString("reported_source_id"),
                        rs.getString("reported_by"));
    }

    static CurrentUnits currentUnits(ResultSet rs) throws SQLException {
        String basis = rs.getString("unit_2025_basis");
        return basis == null ? CurrentUnits.NONE : new CurrentUnits(rs.getString("commune_2025_code"),
                rs.getString("commune_2025_name"), rs.getString("province_2025_code"),
                rs.getString("province_2025_name"), enumOf(UnitBasis.class, basis));
    }

    private static Zone mapZone(ResultSet rs) throws SQLException {
        MultiPolygon boundary = (MultiPolygon) Wkb.read(rs.getBytes("boundary_wkb"));
        String sourceIds = rs.getString("source_ids");
        return new Zone(rs.getString("code"), rs.getString("name"), rs.getString("name_in_source"),
                enumOf(ZoneKind.class, rs.getString("kind")), rs.getString("province_code"),
                rs.getString("district_code"), rs.getString("commune"),
                enumOf(Lifecycle.class, rs.getString("lifecycle")), rs.getString("decision_number"),
                rs.getObject("decision_date", LocalDate.class), boundary,
                rs.getString("boundary_quality") == null ? null
                        : enumOf(BoundaryQuality.class, rs.getString("boundary_quality")),
                new LandFigures(nullableDouble(rs, "area_ha"), nullableDouble(rs, "leasable_ha"),
                        enumOf(ClearanceStatus.class, rs.getString("clearance_status")),
                        nullableDouble(rs, "cleared_ha"), nullableDouble(rs, "leased_ha")),
                new InvestmentCall(enumOf(InvestmentStatus.class, rs.getString("investment_status")),
                        rs.getString("developer"), rs.getString("contact"), rs.getString("contact_id"),
                        nullableDouble(rs, "rent_min_usd_m2"), nullableDouble(rs, "rent_max_usd_m2"),
                        rs.getString("rent_basis") == null ? null : enumOf(RentBasis.class, rs.getString("rent_basis")),
                        rs.getObject("rent_until_year", Integer.class)),
                new Provenance(rs.getString("source"),
                        sourceIds == null || sourceIds.isBlank() ? List.of() : List.of(sourceIds.split(",")),
                        rs.getObject("as_of", LocalDate.class)),
                new StaffOnly(rs.getString("notes"), rs.getBoolean("contact_internal")),
                new Revision(rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by"), enumOf(HistoryAction.class, rs.getString("revision_action"))));
    }

    private static <E extends Enum<E> & Coded> E enumOf(Class<E> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new IllegalStateException(
                "The store holds an unknown " + type.getSimpleName() + " '" + code + "'"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void addIn(List<String> where, Map<String, Object> params, String column, String name,
            Collection<String> values) {
        if (!values.isEmpty()) {
            where.add(column + " IN (:" + name + ")");
            params.put(name, List.copyOf(values));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
