-- Zone and lot boundaries simplified for the zoom bands of vn.kcnatlas.geo.Band, kept by the store itself so
-- that every writer (the write units, the importer, a bulk load) keeps them in step: a national map reads a
-- few vertices a zone instead of its full rings. Each band's tolerance is half a pixel of a 256-pixel tile
-- at the band's highest zoom (360 / 256 / 2^z / 2 degrees), topology preserved; where the simplified
-- shape would be invalid or empty the full boundary is kept. Lots are drawn from zoom 13 only.

ALTER TABLE zone ADD COLUMN boundary_z7 geometry(MultiPolygon, 4326)
    GENERATED ALWAYS AS (CASE
        WHEN ST_IsValid(ST_SimplifyPreserveTopology(boundary, 0.0054931640625)) AND NOT ST_IsEmpty(ST_SimplifyPreserveTopology(boundary, 0.0054931640625))
        THEN ST_Multi(ST_SimplifyPreserveTopology(boundary, 0.0054931640625))
        ELSE boundary END) STORED;

ALTER TABLE zone ADD COLUMN boundary_z10 geometry(MultiPolygon, 4326)
    GENERATED ALWAYS AS (CASE
        WHEN ST_IsValid(ST_SimplifyPreserveTopology(boundary, 0.0006866455078125)) AND NOT ST_IsEmpty(ST_SimplifyPreserveTopology(boundary, 0.0006866455078125))
        THEN ST_Multi(ST_SimplifyPreserveTopology(boundary, 0.0006866455078125))
        ELSE boundary END) STORED;

ALTER TABLE zone ADD COLUMN boundary_z13 geometry(MultiPolygon, 4326)
    GENERATED ALWAYS AS (CASE
        WHEN ST_IsValid(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625)) AND NOT ST_IsEmpty(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625))
        THEN ST_Multi(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625))
        ELSE boundary END) STORED;

ALTER TABLE lot ADD COLUMN boundary_z13 geometry(MultiPolygon, 4326)
    GENERATED ALWAYS AS (CASE
        WHEN ST_IsValid(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625)) AND NOT ST_IsEmpty(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625))
        THEN ST_Multi(ST_SimplifyPreserveTopology(boundary, 0.0000858306884765625))
        ELSE boundary END) STORED;
