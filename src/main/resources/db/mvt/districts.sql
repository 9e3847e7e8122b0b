-- The districts layer of one vector tile, built by PostGIS: what map/tile/JavaVectorTiles encodes from
-- map/LayerFeatures, in one query. Layer "districts", extent 4096, buffer 64; the districts whose
-- boundary meets the tile and its buffer (AdminUnitRepository.districtsInBox), the boundary simplified
-- to half a pixel of the zoom as the Java encoder asks (geo/Generalisation.toleranceSql; TileQueriesTest); displayName is the unit type's abbreviation and the
-- name (UnitType.abbreviationSql; TileQueriesTest), as the zones layer's district. Held to the Java encoder tile by tile by
-- VectorTilesEquivalencePostGisTest.
-- Needs PostGIS 3.1 (ST_TileEnvelope's margin). Parameters: z, x, y.
WITH tile AS (
    SELECT ST_TileEnvelope(z, x, y) AS env,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS clip,
           1.40625 / power(2, z) / 2 AS tolerance
    FROM (VALUES (:z, :x, :y)) AS requested (z, x, y)
), features AS (
    SELECT d.code, d.name,
           CASE d.unit_type WHEN 'huyen' THEN 'H.' WHEN 'thanh_pho' THEN 'TP' WHEN 'thi_xa' THEN 'TX' WHEN 'quan' THEN 'Q.' END || ' ' || d.name AS "displayName",
           d.province_code AS "provinceCode",
           ST_AsMVTGeom(ST_Transform(ST_SimplifyPreserveTopology(d.boundary, tile.tolerance), 3857), tile.env,
                        4096, 64, true) AS geom
    FROM district d, tile
    WHERE d.boundary && tile.clip AND ST_Intersects(d.boundary, tile.clip)
)
SELECT ST_AsMVT(features, 'districts', 4096, 'geom' ORDER BY code) FROM features WHERE geom IS NOT NULL
