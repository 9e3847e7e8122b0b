-- pgbench script: the zones layer of one random tile of bench_tile as PostGIS's own ST_AsMVT,
-- the query a Martin or pg_tileserv function source would run. Like KCN Atlas's /tiles/zones/…mvt:
-- layer "zones", extent 4096, buffer 64, the same features (zones whose boundary meets the tile and
-- its buffer, and zones without a boundary as a point at their district's label point) and the same
-- properties, derived the same way (leasable/leased as declared else the lot totals kept on the zone
-- row, occupancy from those else the latest report; rounded to 0.01).
-- bench/run-all replaces @NTILES@ with the number of tiles in bench_tile.
\set id random(1, @NTILES@)
WITH tile AS (
    SELECT ST_TileEnvelope(z, x, y) AS env,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS clip
    FROM bench_tile WHERE id = :id
), found AS (
    SELECT z.code, z.boundary AS shape FROM zone z, tile
    WHERE z.boundary && tile.clip AND ST_Intersects(z.boundary, tile.clip)
    UNION ALL
    SELECT z.code, d.label_point FROM zone z JOIN district d ON d.code = z.district_code, tile
    WHERE z.boundary IS NULL AND d.label_point && tile.clip
), features AS (
    SELECT z.code, z.name, z.kind, z.lifecycle, z.investment_status AS "investmentStatus",
           z.clearance_status AS "clearanceStatus",
           round(CASE WHEN leasable > 0 AND leased IS NOT NULL THEN 100 * leased / leasable
                      ELSE rp.occupancy_pct END::numeric, 2)::float8 AS "occupancyPct",
           round(CASE WHEN leasable IS NOT NULL AND leased IS NOT NULL
                      THEN greatest(0, leasable - leased) END::numeric, 2)::float8 AS "availableHa",
           z.area_ha AS "areaHa",
           CASE d.unit_type WHEN 'huyen' THEN 'H. ' WHEN 'thanh_pho' THEN 'TP ' WHEN 'thi_xa' THEN 'TX '
                            ELSE 'Q. ' END || d.name AS district,
           p.name AS province,
           z.boundary IS NOT NULL AS "hasBoundary", z.boundary_quality AS "boundaryQuality",
           ST_AsMVTGeom(ST_Transform(found.shape, 3857), tile.env, 4096, 64, true) AS geom
    FROM found
    JOIN zone z ON z.code = found.code
    JOIN district d ON d.code = z.district_code
    JOIN province p ON p.code = z.province_code
    CROSS JOIN tile
    LEFT JOIN LATERAL (
        SELECT occupancy_pct FROM zone_report r
        WHERE r.zone_code = z.code AND r.occupancy_pct IS NOT NULL ORDER BY r.as_of DESC LIMIT 1) rp ON true
    CROSS JOIN LATERAL (
        SELECT coalesce(z.leasable_ha, CASE WHEN z.lot_count > 0 THEN z.lots_total_ha END) AS leasable,
               coalesce(z.leased_ha, CASE WHEN z.lot_count > 0 THEN z.lots_leased_ha END) AS leased) land
)
SELECT ST_AsMVT(features, 'zones', 4096, 'geom') FROM features WHERE geom IS NOT NULL;
