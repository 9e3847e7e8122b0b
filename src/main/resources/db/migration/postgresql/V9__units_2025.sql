-- Today's administrative units: since 1 July 2025 there are no districts; the new provinces (tỉnh, a
-- two-digit code) consist of communes, wards and special zones (xã, phường, đặc khu; a five-digit code).
-- They are imported at run time (scripts/import communes FILE), replacing the set each time; the project
-- ships none. Each zone keeps the commune it lies in today and how that was found: from its boundary, or
-- set by a planner (who then keeps it through re-imports and boundary edits); its province follows the
-- commune, or, for a zone without a boundary, comes from its former district's label point.
-- Keep in step with ../h2/V9__units_2025.sql.
CREATE TABLE province_2025 (
    code       VARCHAR(2)   PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name       VARCHAR(100) NOT NULL,
    boundary   geometry(MultiPolygon, 4326) NOT NULL,
    source     VARCHAR(500) NOT NULL
);
CREATE INDEX province_2025_boundary_gix ON province_2025 USING GIST (boundary);

CREATE TABLE commune_2025 (
    code           VARCHAR(5)   PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
    province_code  VARCHAR(2)   NOT NULL REFERENCES province_2025 (code),
    name           VARCHAR(100) NOT NULL,
    full_name      VARCHAR(150) NOT NULL,
    boundary       geometry(MultiPolygon, 4326) NOT NULL,
    source         VARCHAR(500) NOT NULL
);
CREATE INDEX commune_2025_boundary_gix ON commune_2025 USING GIST (boundary);

ALTER TABLE zone ADD COLUMN commune_2025_code VARCHAR(5) REFERENCES commune_2025 (code);
ALTER TABLE zone ADD COLUMN province_2025_code VARCHAR(2) REFERENCES province_2025 (code);
ALTER TABLE zone ADD COLUMN unit_2025_basis VARCHAR(12)
    CHECK (unit_2025_basis IN ('boundary', 'label_point', 'planner'));
ALTER TABLE zone ADD CONSTRAINT zone_unit_2025_with_basis
    CHECK ((unit_2025_basis IS NULL) = (province_2025_code IS NULL)
       AND (commune_2025_code IS NULL) = (unit_2025_basis IS NULL OR unit_2025_basis = 'label_point'));
