package vn.kcnatlas.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.change.Edit;
import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.district.District;
import vn.kcnatlas.district.Province;
import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.support.TestDatabases;
import vn.kcnatlas.support.Zones;
import vn.kcnatlas.zone.HistoryAction;
import vn.kcnatlas.zone.LotTotals;
import vn.kcnatlas.zone.ZoneKind;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * V16 gives the lot history rows written before it the figures of their after state, read from the JSON the
 * writer of the time stored: the same on every store, so a past day sums the same lots on each.
 */
abstract class LotHistoryMigrationContract {

    private static final Instant IMPORTED = Instant.parse("2025-03-01T02:00:00Z");
    private static final Instant LEASED = Instant.parse("2025-06-10T20:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The migrations of a new, empty database of the store under test up to {@code target}, not run yet. */
    protected abstract Flyway migrationsUpTo(MigrationVersion target);

    @Test
    void rowsWrittenBeforeV16GetTheFiguresOfTheirAfterStateAndAPastDaySumsThem() {
        Flyway upToV15 = migrationsUpTo(MigrationVersion.fromVersion("15"));
        upToV15.migrate();
        JdbcClient jdbc = JdbcClient.create(upToV15.getConfiguration().getDataSource());
        AdminUnitRepository units = new AdminUnitRepository(jdbc);
        units.insert(new Province("dong-thap", "Đồng Tháp", point(105.73, 10.50), null));
        units.insert(new District("dong-thap.huyen-cao-lanh", "dong-thap", "Cao Lãnh", UnitType.HUYEN,
                point(105.65, 10.57), null, null, 1));
        new ZoneRepository(jdbc, JSON, new AdminUnits(units)).insert(
                Zones.zone("kcn-ba-sao", "Ba Sao", ZoneKind.KCN, 105.655, 10.545), HistoryAction.SEED,
                new Edit("seed", IMPORTED, null));
        Lot available = lot("L1", 6.25, LotStatus.AVAILABLE, "Công ty \"status\":\"reserved\",\"areaHa\":1", false);
        Lot illustrative = lot("L2", 3.0, LotStatus.RESERVED, null, true);
        writtenBeforeV16(jdbc, "import", null, available.stored(1, IMPORTED), IMPORTED);
        writtenBeforeV16(jdbc, "import", null, illustrative.stored(1, IMPORTED), IMPORTED);
        writtenBeforeV16(jdbc, "status", available.stored(1, IMPORTED),
                available.withStatus(LotStatus.LEASED).stored(2, LEASED), LEASED);
        writtenBeforeV16(jdbc, "delete", illustrative.stored(1, IMPORTED), null, LEASED);

        DataSource migrated = TestDatabases.migrated(upToV15);

        JdbcClient after = JdbcClient.create(migrated);
        assertThat(after.sql("SELECT area_ha, status, illustrative, updated_at FROM lot_history ORDER BY id")
                .query((rs, row) -> Arrays.asList(rs.getObject("area_ha"), rs.getString("status"),
                        rs.getObject("illustrative"), instant(rs.getObject("updated_at", OffsetDateTime.class))))
                .list()).containsExactly(
                        Arrays.asList(6.25, "available", false, IMPORTED),
                        Arrays.asList(3.0, "reserved", true, IMPORTED),
                        Arrays.asList(6.25, "leased", false, LEASED),
                        Arrays.asList(null, null, null, null));
        ZoneRepository zones = new ZoneRepository(after, JSON, new AdminUnits(new AdminUnitRepository(after)));
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2025, 6, 10)).orElseThrow().figures().lots())
                .isEqualTo(new LotTotals(2, 1, 6.25, 0, 0, 6.25, LocalDate.of(2025, 3, 1)));
        assertThat(zones.findByCode("kcn-ba-sao", LocalDate.of(2025, 6, 11)).orElseThrow().figures().lots())
                .as("leased at 03:00 on 11 June in Việt Nam; the illustrative lot deleted")
                .isEqualTo(new LotTotals(1, 0, 6.25, 6.25, 0, 0, LocalDate.of(2025, 6, 10)));
    }

    /** A history row as lot.LotRepository wrote it before V16: the lot's states only as JSON. */
    private static void writtenBeforeV16(JdbcClient jdbc, String action, Lot before, Lot after, Instant at) {
        Lot lot = after != null ? after : before;
        jdbc.sql("INSERT INTO lot_history (zone_code, lot_code, version, action, changed_at, changed_by, before_json,"
                        + " after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(lot.zoneCode(), lot.code(), after != null ? after.version() : before.version() + 1, action,
                        at.atOffset(ZoneOffset.UTC), "importer", json(before), json(after))
                .update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static String json(Lot lot) {
        return lot == null ? null : JSON.writeValueAsString(LotGeoJson.feature(lot).toJson());
    }

    private static Lot lot(String code, double areaHa, LotStatus status, String tenant, boolean illustrative) {
        return new Lot("kcn-ba-sao", code, Zones.square(105.655, 10.545, 150), areaHa, status, tenant, null, "test",
                illustrative, 0, null);
    }

    private static Point point(double lon, double lat) {
        return Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
    }
}
