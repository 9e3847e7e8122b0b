-- The synthetic zone that owns the scale benchmark's lots: a 100 km x 100 km square around
-- (:lon0, :lat0), in the first district of Đồng Tháp. Replaces an earlier one and its lots.
\set ON_ERROR_STOP on
DELETE FROM lot WHERE zone_code = 'kcn-bench';
DELETE FROM zone_history WHERE zone_code = 'kcn-bench';
DELETE FROM zone WHERE code = 'kcn-bench';
WITH params AS (
    SELECT :lon0::float8 AS lon0, :lat0::float8 AS lat0,
           100.0 / (111319.49 * cos(radians(:lat0::float8))) AS dlon, 100.0 / 110574.0 AS dlat
), place AS (
    SELECT d.code AS district_code, d.province_code FROM district d
    WHERE d.province_code = (SELECT province_code FROM zone WHERE code = 'kcn-tan-kieu')
    ORDER BY d.code LIMIT 1
)
INSERT INTO zone (code, name, kind, province_code, district_code, lifecycle, boundary, boundary_quality,
                  area_ha, clearance_status, investment_status, source, search_text, version, updated_at,
                  updated_by)
SELECT 'kcn-bench', 'Benchmark grid', 'KCN', province_code, district_code, 'planned',
       ST_Multi(ST_MakeEnvelope(lon0 - 500 * dlon, lat0 - 500 * dlat, lon0 + 500 * dlon, lat0 + 500 * dlat, 4326)),
       'approximate', 1000000, 'not_started', 'not_open', 'synthetic (bench/run-all)', 'benchmark grid', 1,
       now(), 'bench'
FROM params, place;
-- Every zone the app reads has its first version in the history, as the importer writes it.
INSERT INTO zone_history (zone_code, version, action, changed_at, changed_by, after_json)
VALUES ('kcn-bench', 1, 'import', now(), 'bench',
        '{"type": "Feature", "id": "kcn-bench", "properties": {"note": "synthetic zone of bench/run-all"}, "geometry": null}');
