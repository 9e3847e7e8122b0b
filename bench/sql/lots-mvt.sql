-- pgbench script: the lots layer of one random tile of bench_scale_tile as ST_AsMVT, like KCN Atlas's
-- /tiles/lots/…mvt: layer "lots", extent 4096, buffer 64, properties zone, code, status, areaHa,
-- tenant, priceUsdM2 (nulls left out, as ST_AsMVT does).
-- bench/run-all replaces @FROM@ and @TO@ with the ids of the tiles to pick from.
\set id random(@FROM@, @TO@)
WITH tile AS (
    SELECT ST_TileEnvelope(z, x, y) AS env,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS clip
    FROM bench_scale_tile WHERE id = :id
), features AS (
    SELECT l.zone_code AS zone, l.code, l.status, round(l.area_ha::numeric, 2)::float8 AS "areaHa",
           l.tenant, l.price_usd_m2 AS "priceUsdM2",
           ST_AsMVTGeom(ST_Transform(l.boundary, 3857), tile.env, 4096, 64, true) AS geom
    FROM lot l, tile
    WHERE l.boundary && tile.clip AND ST_Intersects(l.boundary, tile.clip)
)
SELECT ST_AsMVT(features, 'lots', 4096, 'geom') FROM features WHERE geom IS NOT NULL;
