-- Synthetic lots for the scale benchmark: 90 m x 90 m lots on a 100 m grid (10 m roads) around
-- (:lon0, :lat0) in Đồng Tháp, numbered in rings outward from the centre so that every set is the
-- previous one plus an outer band, at the same density. Inserts the lots ranked :from to :to
-- (1-based, inclusive), all in the synthetic zone kcn-bench.
--   psql -v lon0=105.65 -v lat0=10.45 -v from=1 -v to=1000 -f lots.sql
-- 1,000 lots cover about 3 km x 3 km, 100,000 about 32 km x 32 km, 1,000,000 about 100 km x 100 km.
\set ON_ERROR_STOP on
WITH params AS (
    SELECT :lon0::float8 AS lon0, :lat0::float8 AS lat0,
           100.0 / (111319.49 * cos(radians(:lat0::float8))) AS dlon,  -- 100 m in degrees of longitude
           100.0 / 110574.0 AS dlat,                                     -- 100 m in degrees of latitude
           0.05 AS gap                                                   -- road: 5 % of a cell on each side
), cells AS (
    SELECT i, j, row_number() OVER (ORDER BY greatest(abs(i + 0.5), abs(j + 0.5)), i, j) AS rank
    FROM generate_series(-500, 499) AS i, generate_series(-500, 499) AS j
)
INSERT INTO lot (zone_code, code, boundary, area_ha, status, tenant, price_usd_m2, source, updated_at)
SELECT 'kcn-bench', format('B%s.%s', i, j),
       ST_Multi(ST_MakeEnvelope(lon0 + (i + gap) * dlon, lat0 + (j + gap) * dlat,
                                lon0 + (i + 1 - gap) * dlon, lat0 + (j + 1 - gap) * dlat, 4326)),
       0.81, (ARRAY['available', 'reserved', 'leased'])[1 + (abs(i) + abs(j)) % 3], NULL, NULL,
       'synthetic benchmark lot', now()
FROM cells, params
WHERE rank BETWEEN :from AND :to;

-- The zone keeps its lots' totals on its row (V2__lot_totals.sql), as the app's importer does.
UPDATE zone SET
    lot_count = (SELECT count(*) FROM lot WHERE lot.zone_code = zone.code),
    lots_total_ha = (SELECT coalesce(sum(area_ha), 0) FROM lot WHERE lot.zone_code = zone.code),
    lots_leased_ha = (SELECT coalesce(sum(area_ha), 0) FROM lot WHERE lot.zone_code = zone.code AND status = 'leased'),
    lots_reserved_ha = (SELECT coalesce(sum(area_ha), 0) FROM lot WHERE lot.zone_code = zone.code AND status = 'reserved'),
    lots_available_ha = (SELECT coalesce(sum(area_ha), 0) FROM lot WHERE lot.zone_code = zone.code AND status = 'available')
WHERE code = 'kcn-bench';
