-- A past day's lot totals (zone.ZoneTimeline) read the latest history row of every lot known by then, and
-- its figures lay only in the row's JSON: a million documents parsed in Java per request on the nationwide
-- data (BENCHMARKS.md §0). The figures the totals sum are now columns, named as in lot so that one summing
-- rule (zone.LotSums) reads either table. A deletion's row has no after state: its figures are null.
ALTER TABLE lot_history ADD COLUMN area_ha DOUBLE PRECISION;
ALTER TABLE lot_history ADD COLUMN status VARCHAR(16);
ALTER TABLE lot_history ADD COLUMN illustrative BOOLEAN;
ALTER TABLE lot_history ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- The rows written before: their after state's properties, parsed once a row.
UPDATE lot_history SET area_ha = CAST(p ->> 'areaHa' AS DOUBLE PRECISION), status = p ->> 'status',
    illustrative = COALESCE(CAST(p ->> 'illustrative' AS BOOLEAN), FALSE),
    updated_at = CAST(p ->> 'updatedAt' AS TIMESTAMP WITH TIME ZONE)
  FROM (SELECT id AS parsed_id, CAST(after_json AS JSON) -> 'properties' AS p FROM lot_history
         WHERE after_json IS NOT NULL) parsed
 WHERE id = parsed_id;

-- The latest row of each lot by a cutoff: a lot's rows newest first (its version restarts at 1 when a deleted
-- lot is made again, its id does not), with every column the past day's totals read, so that they are summed
-- from an index-only scan in the index's order: over a million lots the table itself, JSON and all, is ten
-- times the size and had to be sorted (bench/notes-asof.md).
CREATE INDEX lot_history_lot_order ON lot_history (zone_code, lot_code, id DESC)
    INCLUDE (changed_at, version, action, area_ha, status, illustrative, updated_at);
