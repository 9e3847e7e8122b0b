-- A past day's lot totals (zone.ZoneTimeline) read the latest history row of every lot known by then, and
-- its figures lay only in the row's JSON: a million documents parsed in Java per request on the nationwide
-- data (BENCHMARKS.md §0). The figures the totals sum are now columns, named as in lot so that one summing
-- rule (zone.LotSums) reads either table. A deletion's row has no after state: its figures are null.
ALTER TABLE lot_history ADD COLUMN area_ha DOUBLE PRECISION;
ALTER TABLE lot_history ADD COLUMN status VARCHAR(16);
ALTER TABLE lot_history ADD COLUMN illustrative BOOLEAN;
ALTER TABLE lot_history ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- The rows written before. H2 reads no member of a JSON document, so each is found in the compact JSON
-- lot.LotRepository wrote (a string's quotes are escaped inside it, so no value can pass for a key);
-- LotHistoryMigrationContract holds these to PostgreSQL's JSON reading.
UPDATE lot_history SET
    area_ha = CAST(REGEXP_SUBSTR(after_json, '"areaHa":([-+.0-9Ee]+)', 1, 1, NULL, 1) AS DOUBLE PRECISION),
    status = REGEXP_SUBSTR(after_json, '"status":"([a-z_]+)"', 1, 1, NULL, 1),
    illustrative = COALESCE(REGEXP_SUBSTR(after_json, '"illustrative":(true|false)', 1, 1, NULL, 1) = 'true', FALSE),
    updated_at = CAST(REGEXP_SUBSTR(after_json, '"updatedAt":"([^"]+)"', 1, 1, NULL, 1) AS TIMESTAMP WITH TIME ZONE)
 WHERE after_json IS NOT NULL;

-- The latest row of each lot by a cutoff: a lot's rows newest first (its version restarts at 1 when a deleted
-- lot is made again, its id does not).
CREATE INDEX lot_history_lot_order ON lot_history (zone_code, lot_code, id DESC);
