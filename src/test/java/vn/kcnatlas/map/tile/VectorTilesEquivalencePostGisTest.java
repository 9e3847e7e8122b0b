package vn.kcnatlas.map.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.district.UnitType;
import vn.kcnatlas.map.MapLayer;
import vn.kcnatlas.support.DecodedTiles;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.PostGisApplicationTest;
import vn.kcnatlas.support.WriteApiTest;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * PostGIS's {@code ST_AsMVT} tiles ({@link DatabaseVectorTiles}, from {@code db/mvt/*.sql}) against the Java
 * encoder's ({@link JavaVectorTiles}, from {@code LayerFeatures}): the two definitions of a tile, held
 * together tile by tile, decoded. Every z5–z15 tile that meets a zone or a lot of the seed, the
 * illustrative demo lots and a few zones and lots made here (holes, two parts, no boundary, figures from
 * lots and from a report), in its zones, lots and districts layers, must give the same layer, the same features in the same order, the same properties with the same value
 * types, and the same geometries but for where a ring starts and a tile unit of rounding. The tile cache
 * is off, so the HTTP tests read tiles built afresh.
 */
@PostGisApplicationTest
@DirtiesContext
@TestPropertySource(properties = "kcn.tile-cache.enabled=false")
class VectorTilesEquivalencePostGisTest extends WriteApiTest {

    private static final int FEATURES_AT_LEAST = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JavaVectorTiles java;
    @Autowired
    DatabaseVectorTiles database;
    @Autowired
    VectorTiles vectorTiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRepository zones;

    @Test
    void postGisBuildsTheSameTilesAsTheJavaEncoderFromZoom5To15() {
        addUnusualData();
        int tiles = 0;
        int features = 0;
        for (TileId tile : tilesMeetingTheData()) {
            for (MapLayer layer : List.of(MapLayer.ZONES, MapLayer.LOTS, MapLayer.DISTRICTS)) {
                if (tile.z() >= layer.minZoom()) {
                    features += compare(layer, tile);
                    tiles++;
                }
            }
        }
        System.out.printf("ST_AsMVT and the Java encoder agree on %d tiles, %d features%n", tiles, features);
        assertThat(tiles).as("tiles compared").isGreaterThan(300);
        assertThat(features).as("features compared").isGreaterThan(FEATURES_AT_LEAST);
    }

    @Test
    void postGisBuildsTheTilesOfNowAndJavaThoseOfAPastDay() {
        assertThat(database.builds(MapLayer.ZONES)).isTrue();
        assertThat(database.builds(MapLayer.LOTS)).isTrue();
        assertThat(database.builds(MapLayer.DISTRICTS)).isTrue();
        TileId tanKieu = new TileId(12, 3251, 1927);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        assertThat(vectorTiles.encode(MapLayer.ZONES, tanKieu, null)).isEqualTo(database.encode(MapLayer.ZONES, tanKieu));
        assertThat(vectorTiles.encode(MapLayer.ZONES, tanKieu, yesterday))
                .isEqualTo(java.encode(MapLayer.ZONES, tanKieu, yesterday)).isNotEmpty();
        assertThat(vectorTiles.encode(MapLayer.LOTS, tanKieu, null)).as("lots start at zoom 13").isEmpty();
    }

    @Test
    void aZoneEditIsInTheNextTile() {
        String tile = "/tiles/zones/" + TileId.containing(105.621, 10.621, 15) + ".mvt";
        post(zone("kcn-sua-ten-o-tile", "Tên Cũ", 105.620, 10.620, 0.002));
        assertThat(names(http().get(tile).body())).contains("Tên Cũ");

        String etag = http().get("/api/zones/kcn-sua-ten-o-tile").etag();
        Http.Response patched = http().send("PATCH", "/api/zones/kcn-sua-ten-o-tile", headers(MERGE_PATCH, etag),
                bytes("{\"properties\":{\"name\":\"Tên Mới\"}}"));
        assertThat(patched.status()).isEqualTo(200);

        assertThat(names(http().get(tile).body())).contains("Tên Mới").doesNotContain("Tên Cũ");
    }

    @Test
    void badTileRequestsAreStillAnswered4xx() {
        for (String bad : List.of("/tiles/zones/25/0/0.mvt", "/tiles/zones/3/9/0.mvt", "/tiles/nowhere/5/1/1.mvt",
                "/tiles/lots/15/26010/15421.mvt?asOf=2025-01-01", "/tiles/zones/12/3251/1927.mvt?asOf=soon")) {
            Http.Response answer = http().get(bad);
            assertThat(answer.status()).as(bad).isBetween(400, 499);
            assertThat(answer.contentType()).as(bad).startsWith("application/problem+json");
        }
    }

    /** Compares one tile of a layer from both encoders; the number of features in it. */
    private int compare(MapLayer layer, TileId tile) {
        return DecodedTiles.assertSame(java.encode(layer, tile, null), database.encode(layer, tile),
                layer.id() + " " + tile);
    }

    private static List<String> names(byte[] tile) {
        return DecodedTiles.properties(tile).stream().map(p -> p.get("name").getStringValue()).toList();
    }

    /**
     * Every z5–z15 tile that meets the box of a zone (its boundary, or its marker without one) or of a lot,
     * and the tiles around them, whose buffer alone may meet it.
     */
    private Set<TileId> tilesMeetingTheData() {
        List<double[]> boxes = jdbc.sql("""
                SELECT ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g) FROM (
                    SELECT boundary AS g FROM zone WHERE boundary IS NOT NULL
                    UNION ALL SELECT d.label_point FROM zone z JOIN district d ON d.code = z.district_code
                              WHERE z.boundary IS NULL
                    UNION ALL SELECT boundary FROM lot) shapes""")
                .query((rs, row) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .list();
        Set<TileId> tiles = new LinkedHashSet<>();
        for (int z = 5; z <= 15; z++) {
            for (double[] box : boxes) {
                TileId northWest = TileId.containing(box[0], box[3], z);
                TileId southEast = TileId.containing(box[2], box[1], z);
                for (int x = northWest.x() - 1; x <= southEast.x() + 1; x++) {
                    for (int y = northWest.y() - 1; y <= southEast.y() + 1; y++) {
                        tiles.add(new TileId(z, x, y));
                    }
                }
            }
        }
        return tiles;
    }

    /**
     * Zones the seed lacks: a boundary with a hole, one in two parts, one without a boundary, one round
     * with many vertices, one with surveyed lots (tenants and prices) and no declared figures; declared
     * figures that a later report replaces, and one an earlier report does not; district boundaries, and
     * districts of every unit type.
     */
    private void addUnusualData() {
        if (http().get("/api/zones/kcn-co-lo-thung").status() == 200) {
            return;
        }
        String hole = "[[105.600,10.600],[105.610,10.600],[105.610,10.610],[105.600,10.610],[105.600,10.600]],"
                + "[[105.603,10.603],[105.603,10.607],[105.607,10.607],[105.607,10.603],[105.603,10.603]]";
        post(feature("kcn-co-lo-thung", "{\"type\":\"Polygon\",\"coordinates\":[" + hole + "]}",
                "\"leasableHa\":80,\"leasedHa\":20"));
        post(feature("kcn-hai-phan", "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + hole.replace("105.6", "105.5")
                + "],[[[105.520,10.600],[105.530,10.600],[105.525,10.608],[105.520,10.600]]]]}",
                "\"leasableHa\":50,\"leasedHa\":10"));
        post(feature("ccn-chua-co-ranh", null, "\"areaHa\":30"));
        StringBuilder round = new StringBuilder();
        for (int i = 0; i <= 240; i++) {
            double angle = 2 * Math.PI * (i % 240) / 240;
            round.append(i == 0 ? "" : ",").append('[').append(105.45 + 0.01 * Math.cos(angle)).append(',')
                    .append(10.65 + 0.01 * Math.sin(angle)).append(']');
        }
        post(feature("kcn-tron", "{\"type\":\"Polygon\",\"coordinates\":[[" + round + "]]}", "\"areaHa\":120"));
        post(feature("kcn-co-lo", "{\"type\":\"Polygon\",\"coordinates\":[[[105.40,10.60],[105.41,10.60],[105.41,10.61],"
                + "[105.40,10.61],[105.40,10.60]]]}", "\"areaHa\":100"));
        lot("kcn-co-lo", "A1", 105.401, "leased", "Công ty Mẫu Một", 95.5);
        lot("kcn-co-lo", "A2", 105.404, "available", null, 88.25);
        lot("kcn-co-lo", "A3", 105.407, "reserved", "Công ty Mẫu Hai", null);
        zones.refreshLotTotals(List.of("kcn-co-lo"));
        report("kcn-co-lo-thung", "2026-06-30", 62.5, 50.0);
        report("kcn-hai-phan", "2024-06-30", 33.3, 12.0);
        report("ccn-chua-co-ranh", "2026-03-31", 41.237, null);
        report("kcn-tron", "2025-09-30", 12.345, 3.0);
        // The seed's districts have no boundary (those come from an import of the official ones): give the
        // districts with zones a round one around their zones, with many vertices to simplify.
        jdbc.sql("""
                UPDATE district d SET boundary = ST_Multi(ST_Buffer(ST_Envelope(shapes.g), 0.02, 16))
                FROM (SELECT z.district_code, ST_Collect(coalesce(z.boundary, d2.label_point)) AS g
                      FROM zone z JOIN district d2 ON d2.code = z.district_code GROUP BY z.district_code) shapes
                WHERE d.code = shapes.district_code AND d.boundary IS NULL""").update();
        // The seed's zones lie in huyện and thành phố only: make two of their districts a thị xã and a quận,
        // so that every unit type's abbreviation is drawn by both encoders.
        List<String> withZones = jdbc.sql("SELECT DISTINCT district_code FROM zone ORDER BY district_code")
                .query(String.class).list();
        jdbc.sql("UPDATE district SET unit_type = 'thi_xa' WHERE code = ?").params(withZones.get(0)).update();
        jdbc.sql("UPDATE district SET unit_type = 'quan' WHERE code = ?").params(withZones.get(1)).update();
        assertThat(jdbc.sql("SELECT DISTINCT unit_type FROM district WHERE code IN (SELECT district_code FROM zone)")
                .query(String.class).list()).as("unit types drawn")
                .containsExactlyInAnyOrder(Arrays.stream(UnitType.values()).map(UnitType::code).toArray(String[]::new));
    }

    /** A surveyed lot, a square of 0.002° at a longitude on the zone's southern edge. */
    private void lot(String zone, String code, double lon, String status, String tenant, Double price) {
        jdbc.sql("INSERT INTO lot (zone_code, code, boundary, area_ha, status, tenant, price_usd_m2, source, updated_at)"
                        + " VALUES (?, ?, ST_Multi(ST_MakeEnvelope(?, 10.601, ?, 10.603, 4326)), 4.8765, ?, ?, ?,"
                        + " 'equivalence test survey', now())")
                .params(zone, code, lon, lon + 0.002, status, tenant, price).update();
    }

    private void report(String zone, String asOf, double occupancyPct, Double leasedHa) {
        jdbc.sql("INSERT INTO zone_report (zone_code, as_of, occupancy_pct, leased_ha, created_at, created_by)"
                        + " VALUES (?, CAST(? AS date), ?, ?, now(), 'equivalence-test')")
                .params(zone, asOf, occupancyPct, leasedHa).update();
    }

    /** A zone feature with another geometry (none when null) and other figures. */
    private static String feature(String code, String geometry, String figures) {
        ObjectNode feature = (ObjectNode) JSON.readTree(zone(code, code, 105.6, 10.6, 0.01));
        ObjectNode properties = (ObjectNode) feature.get("properties");
        properties.setAll((ObjectNode) JSON.readTree("{" + figures + "}"));
        if (geometry == null) {
            feature.putNull("geometry");
            properties.remove("boundaryQuality");
        } else {
            feature.set("geometry", JSON.readTree(geometry));
        }
        return feature.toString();
    }

    private void post(String feature) {
        Http.Response created = http().send("POST", "/api/zones", headers(GEO_JSON, null), bytes(feature));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
}
