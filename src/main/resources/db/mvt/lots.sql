-- The lots layer of one vector tile, built by PostGIS: what map/tile/JavaVectorTiles encodes from
-- map/LayerFeatures, in one query. Layer "lots", extent 4096, buffer 64; the first maxLots lots in zone
-- and code order whose shape meets the tile and its buffer (LotRepository.findInBox); areaHa rounded to
-- 0.01 as Java's Math.round(v * 100) / 100.0; nulls left out; each drawn from the boundary kept for the
-- zoom's band (geo/Generalisation.bandSql writes the expression; TileQueriesTest holds the text to it).
-- Held to the Java encoder tile by tile by
-- VectorTilesEquivalencePostGisTest.
-- Needs PostGIS 3.1 (ST_TileEnvelope's margin). Parameters: z, x, y, maxLots. bench/run-all runs this same
-- text through pgbench, replacing the requested line.
WITH tile AS (
    SELECT z, ST_TileEnvelope(z, x, y) AS env,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS clip
    FROM (VALUES (:z, :x, :y)) AS requested (z, x, y)
), features AS (
    SELECT l.zone_code AS zone, l.code, l.status, floor(l.area_ha * 100 + 0.5) / 100 AS "areaHa",
           l.tenant, l.price_usd_m2 AS "priceUsdM2", l.illustrative,
           ST_AsMVTGeom(ST_Transform(CASE WHEN tile.z <= 7 THEN l.boundary_z13 WHEN tile.z <= 10 THEN l.boundary_z13 WHEN tile.z <= 13 THEN l.boundary_z13 ELSE l.boundary END, 3857),
                        tile.env, 4096, 64, true) AS geom
    FROM lot l, tile
    WHERE l.boundary && tile.clip AND ST_Intersects(l.boundary, tile.clip)
    ORDER BY l.zone_code, l.code LIMIT :maxLots
)
SELECT ST_AsMVT(features, 'lots', 4096, 'geom' ORDER BY zone, code) FROM features WHERE geom IS NOT NULL
