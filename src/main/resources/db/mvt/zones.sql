-- The zones layer of one vector tile, built by PostGIS: what map/tile/JavaVectorTiles encodes from
-- map/LayerFeatures, in one query. Layer "zones", extent 4096, buffer 64; the zones whose boundary meets
-- the tile and its buffer, and the zones without a boundary as a point at their district's label point;
-- zones taken out of the plan are not drawn (ZoneRepository.findDrawable). Each is drawn from the boundary
-- kept for the zoom's band, or as a point inside it when smaller than a pin (geo/Generalisation; its
-- bandSql and zoneShapeSql write these expressions, and TileQueriesTest holds this text to them).
--
-- The properties are a second definition of ZoneFigures and LayerFeatures.zone, held to them tile by tile
-- by VectorTilesEquivalencePostGisTest:
--   leasable, leased: as declared, else the totals of the zone's sourced lots (illustrative lots never
--     count); a latest report stating a leased area, dated after what the leased area stands on, replaces it;
--   availableHa = max(0, leasable - leased); occupancyPct = 100 * leased / leasable, else the latest
--     reported rate; both rounded to 0.01 as Java's Math.round(v * 100) / 100.0;
--   district: the district's display name, its unit type's abbreviation and its name (UnitType.abbreviationSql; TileQueriesTest);
--   nulls are left out, as ST_AsMVT does for null values.
-- Needs PostGIS 3.1 (ST_TileEnvelope's margin). Parameters: z, x, y. bench/run-all runs this same text through pgbench, replacing the requested line.
WITH tile AS (
    SELECT z, ST_TileEnvelope(z, x, y) AS env,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS clip
    FROM (VALUES (:z, :x, :y)) AS requested (z, x, y)
), found AS (
    SELECT z.code,
           CASE WHEN GREATEST(ST_XMax(banded.boundary) - ST_XMin(banded.boundary), ST_YMax(banded.boundary) - ST_YMin(banded.boundary)) < 12.0 * 1.40625 / power(2, tile.z) THEN ST_PointOnSurface(banded.boundary) ELSE banded.boundary END
               AS shape
    FROM tile
    CROSS JOIN zone z
    CROSS JOIN LATERAL (SELECT CASE WHEN tile.z <= 7 THEN z.boundary_z7 WHEN tile.z <= 10 THEN z.boundary_z10 WHEN tile.z <= 13 THEN z.boundary_z13 ELSE z.boundary END
                            AS boundary) banded
    WHERE z.boundary && tile.clip AND ST_Intersects(z.boundary, tile.clip) AND z.lifecycle <> 'removed_from_plan'
    UNION ALL
    SELECT z.code, d.label_point FROM zone z JOIN district d ON d.code = z.district_code, tile
    WHERE z.boundary IS NULL AND d.label_point && tile.clip AND z.lifecycle <> 'removed_from_plan'
), features AS (
    SELECT z.code, z.name, z.kind, z.lifecycle, z.investment_status AS "investmentStatus",
           z.clearance_status AS "clearanceStatus",
           floor(CASE WHEN land.leasable > 0 AND figure.leased IS NOT NULL THEN 100 * figure.leased / land.leasable
                      ELSE rp.occupancy_pct END * 100 + 0.5) / 100 AS "occupancyPct",
           floor(CASE WHEN land.leasable IS NOT NULL AND figure.leased IS NOT NULL
                      THEN greatest(0, land.leasable - figure.leased) END * 100 + 0.5) / 100 AS "availableHa",
           z.area_ha AS "areaHa",
           CASE d.unit_type WHEN 'huyen' THEN 'H.' WHEN 'thanh_pho' THEN 'TP' WHEN 'thi_xa' THEN 'TX' WHEN 'quan' THEN 'Q.' END || ' ' || d.name AS district,
           p.name AS province,
           z.boundary IS NOT NULL AS "hasBoundary", z.boundary_quality AS "boundaryQuality",
           ST_AsMVTGeom(ST_Transform(found.shape, 3857), tile.env, 4096, 64, true) AS geom
    FROM found
    JOIN zone z ON z.code = found.code
    JOIN district d ON d.code = z.district_code
    JOIN province p ON p.code = z.province_code
    CROSS JOIN tile
    LEFT JOIN LATERAL (
        SELECT r.occupancy_pct, r.leased_ha, r.as_of FROM zone_report r
        WHERE r.zone_code = z.code AND r.occupancy_pct IS NOT NULL ORDER BY r.as_of DESC LIMIT 1) rp ON true
    CROSS JOIN LATERAL (
        SELECT coalesce(z.leasable_ha, CASE WHEN z.lot_count > z.illustrative_lot_count THEN z.lots_total_ha END)
                   AS leasable,
               coalesce(z.leased_ha, CASE WHEN z.lot_count > z.illustrative_lot_count THEN z.lots_leased_ha END)
                   AS leased,
               CASE WHEN z.leased_ha IS NOT NULL
                         THEN coalesce(z.as_of, CAST(z.updated_at AT TIME ZONE 'UTC' AS date))
                    WHEN z.lot_count > z.illustrative_lot_count THEN z.lots_as_of END AS leased_as_of) land
    CROSS JOIN LATERAL (
        SELECT CASE WHEN rp.leased_ha IS NOT NULL AND land.leasable IS NOT NULL
                         AND (land.leased_as_of IS NULL OR rp.as_of > land.leased_as_of)
                    THEN rp.leased_ha ELSE land.leased END AS leased) figure
)
SELECT ST_AsMVT(features, 'zones', 4096, 'geom' ORDER BY code) FROM features WHERE geom IS NOT NULL
