package vn.kcnatlas.lot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.kcnatlas.geo.BoundingBox;
import vn.kcnatlas.geo.Wkb;
import vn.kcnatlas.text.Coded;

/** Lots in the spatial store. */
@Repository
public class LotRepository {

    private static final String SELECT = "SELECT zone_code, code, ST_AsBinary(boundary) AS boundary_wkb, area_ha,"
            + " status, tenant, price_usd_m2, source, updated_at FROM lot";

    private final JdbcClient jdbc;

    public LotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Lot> findByZone(String zoneCode) {
        return jdbc.sql(SELECT + " WHERE zone_code = :zone ORDER BY code").param("zone", zoneCode)
                .query(LotRepository::map).list();
    }

    /** The lots whose shape meets a box, at most {@code limit} of them, in zone and code order. */
    public List<Lot> findInBox(BoundingBox box, int limit) {
        String envelope = "ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)";
        return jdbc.sql(SELECT + " WHERE boundary && " + envelope + " AND ST_Intersects(boundary, " + envelope + ")"
                        + " ORDER BY zone_code, code FETCH FIRST :limit ROWS ONLY")
                .param("minLon", box.minLon()).param("minLat", box.minLat()).param("maxLon", box.maxLon())
                .param("maxLat", box.maxLat()).param("limit", limit)
                .query(LotRepository::map).list();
    }

    public Optional<Lot> find(String zoneCode, String code) {
        return jdbc.sql(SELECT + " WHERE zone_code = :zone AND code = :code").param("zone", zoneCode)
                .param("code", code).query(LotRepository::map).optional();
    }

    public Lot insert(Lot lot, Instant at) {
        jdbc.sql("INSERT INTO lot (zone_code, code, boundary, area_ha, status, tenant, price_usd_m2, source, updated_at)"
                        + " VALUES (?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?)")
                .params(lot.zoneCode(), lot.code(), Wkb.write(lot.boundary()), lot.areaHa(), lot.status().code(),
                        lot.tenant(), lot.priceUsdM2(), lot.source(), at.atOffset(ZoneOffset.UTC))
                .update();
        return lot.withUpdatedAt(at);
    }

    public Lot update(Lot lot, Instant at) {
        jdbc.sql("UPDATE lot SET boundary = ST_GeomFromWKB(?, 4326), area_ha = ?, status = ?, tenant = ?,"
                        + " price_usd_m2 = ?, source = ?, updated_at = ? WHERE zone_code = ? AND code = ?")
                .params(Wkb.write(lot.boundary()), lot.areaHa(), lot.status().code(), lot.tenant(), lot.priceUsdM2(),
                        lot.source(), at.atOffset(ZoneOffset.UTC), lot.zoneCode(), lot.code())
                .update();
        return lot.withUpdatedAt(at);
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
                rs.getString("source"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
