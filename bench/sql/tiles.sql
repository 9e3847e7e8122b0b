-- The tile list of the benchmarks: the tiles from zoom :minz to :maxz that a zone boundary meets, at most
-- :limit of them, a sample that is the same in every run (by a hash of the address), numbered by address.
-- psql -v minz=8 -v maxz=14 -v limit=400 -f tiles.sql   (creates bench_tile(id, z, x, y))
DROP TABLE IF EXISTS bench_tile;
CREATE TABLE bench_tile AS
WITH zooms AS (
    SELECT z, 40075016.68557849 / (1 << z) AS size FROM generate_series(:minz, :maxz) AS z
), zones AS (
    SELECT ST_Transform(boundary, 3857) AS g FROM zone WHERE boundary IS NOT NULL
), candidates AS (
    SELECT DISTINCT zooms.z, x, y
    FROM zooms, zones,
         generate_series(floor((ST_XMin(zones.g) + 20037508.342789244) / zooms.size)::int,
                         floor((ST_XMax(zones.g) + 20037508.342789244) / zooms.size)::int) AS x,
         generate_series(floor((20037508.342789244 - ST_YMax(zones.g)) / zooms.size)::int,
                         floor((20037508.342789244 - ST_YMin(zones.g)) / zooms.size)::int) AS y
    WHERE ST_Intersects(zones.g, ST_TileEnvelope(zooms.z, x, y))
), sample AS (
    SELECT z, x, y FROM candidates ORDER BY md5(z || '/' || x || '/' || y) LIMIT :limit
)
SELECT row_number() OVER (ORDER BY z, x, y)::int AS id, z, x, y FROM sample;
ALTER TABLE bench_tile ADD PRIMARY KEY (id);
