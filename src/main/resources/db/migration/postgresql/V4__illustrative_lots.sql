-- Lots that no source backs (the seed's illustrative layout) carry illustrative = TRUE and never feed a
-- zone's figures: the totals kept on the zone row sum only the other lots, and say how many of the zone's
-- lots are illustrative and how old the newest sourced lot is. Stores seeded before this migration held
-- the illustrative layout unmarked, with placeholder tenants and asking prices: mark it and drop those.
ALTER TABLE lot ADD COLUMN illustrative BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE lot SET illustrative = TRUE, tenant = NULL, price_usd_m2 = NULL
 WHERE source = 'illustrative lot layout, not surveyed';

ALTER TABLE zone ADD COLUMN illustrative_lot_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE zone ADD COLUMN lots_as_of DATE;

UPDATE zone SET
    illustrative_lot_count = (SELECT COUNT(*) FROM lot WHERE lot.zone_code = zone.code AND illustrative = TRUE),
    lots_total_ha = (SELECT COALESCE(SUM(area_ha), 0) FROM lot
                      WHERE lot.zone_code = zone.code AND illustrative = FALSE),
    lots_leased_ha = (SELECT COALESCE(SUM(area_ha), 0) FROM lot
                       WHERE lot.zone_code = zone.code AND illustrative = FALSE AND status = 'leased'),
    lots_reserved_ha = (SELECT COALESCE(SUM(area_ha), 0) FROM lot
                         WHERE lot.zone_code = zone.code AND illustrative = FALSE AND status = 'reserved'),
    lots_available_ha = (SELECT COALESCE(SUM(area_ha), 0) FROM lot
                          WHERE lot.zone_code = zone.code AND illustrative = FALSE AND status = 'available'),
    lots_as_of = (SELECT CAST(MAX(updated_at) AS DATE) FROM lot
                   WHERE lot.zone_code = zone.code AND illustrative = FALSE);
