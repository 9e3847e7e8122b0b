-- KCN Atlas registry schema (PostgreSQL / PostGIS).
-- Keep in step with ../h2/V1__registry.sql: same tables, columns and constraints.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE province (
    code         VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+$'),
    name         VARCHAR(100) NOT NULL UNIQUE,
    label_point  geometry(Point, 4326),
    boundary     geometry(MultiPolygon, 4326)
);

CREATE TABLE district (
    code            VARCHAR(80)  PRIMARY KEY CHECK (code ~ '^[a-z0-9-]+\.[a-z0-9-]+$'),
    province_code   VARCHAR(40)  NOT NULL REFERENCES province (code),
    name            VARCHAR(100) NOT NULL,
    unit_type       VARCHAR(16)  NOT NULL CHECK (unit_type IN ('huyen', 'thanh_pho', 'thi_xa', 'quan')),
    label_point     geometry(Point, 4326),
    boundary        geometry(MultiPolygon, 4326),
    boundary_source VARCHAR(500),
    version         INTEGER      NOT NULL DEFAULT 1,
    UNIQUE (province_code, unit_type, name)
);
CREATE INDEX district_boundary_gix ON district USING GIST (boundary);

CREATE TABLE source_document (
    id      VARCHAR(80)  PRIMARY KEY,
    title   VARCHAR(500) NOT NULL,
    issuer  VARCHAR(200),
    issued  VARCHAR(20),
    kind    VARCHAR(20)  NOT NULL CHECK (kind IN ('plan', 'official', 'press', 'survey', 'other')),
    url     VARCHAR(500)
);

CREATE TABLE zone (
    code               VARCHAR(80)  PRIMARY KEY CHECK (code ~ '^(kcn|ccn)-[a-z0-9]+(-[a-z0-9]+)*$'),
    name               VARCHAR(200) NOT NULL,
    name_in_source     VARCHAR(300),
    kind               VARCHAR(3)   NOT NULL CHECK (kind IN ('KCN', 'CCN')),
    province_code      VARCHAR(40)  NOT NULL REFERENCES province (code),
    district_code      VARCHAR(80)  NOT NULL REFERENCES district (code),
    commune            VARCHAR(200),
    lifecycle          VARCHAR(24)  NOT NULL
        CHECK (lifecycle IN ('planned', 'under_construction', 'operating', 'removed_from_plan')),
    decision_number    VARCHAR(100),
    decision_date      DATE,
    boundary           geometry(MultiPolygon, 4326),
    boundary_quality   VARCHAR(16)  CHECK (boundary_quality IN ('surveyed', 'digitized', 'approximate')),
    area_ha            DOUBLE PRECISION CHECK (area_ha > 0),
    leasable_ha        DOUBLE PRECISION CHECK (leasable_ha >= 0),
    clearance_status   VARCHAR(16)  NOT NULL CHECK (clearance_status IN ('not_started', 'in_progress', 'completed')),
    cleared_ha         DOUBLE PRECISION CHECK (cleared_ha >= 0),
    leased_ha          DOUBLE PRECISION CHECK (leased_ha >= 0),
    investment_status  VARCHAR(40)  NOT NULL
        CHECK (investment_status IN ('not_open', 'seeking_infrastructure_investor', 'seeking_tenants', 'closed')),
    developer          VARCHAR(300),
    contact            VARCHAR(300),
    rent_min_usd_m2    DOUBLE PRECISION CHECK (rent_min_usd_m2 >= 0),
    rent_max_usd_m2    DOUBLE PRECISION CHECK (rent_max_usd_m2 >= 0),
    source             VARCHAR(1000),
    source_ids         VARCHAR(500),
    as_of              DATE,
    search_text        VARCHAR(1000) NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    CONSTRAINT zone_leasable_within_area CHECK (leasable_ha <= area_ha),
    CONSTRAINT zone_cleared_within_area  CHECK (cleared_ha <= area_ha),
    CONSTRAINT zone_leased_within_leasable CHECK (leased_ha <= leasable_ha),
    CONSTRAINT zone_leased_within_area   CHECK (leased_ha <= area_ha),
    CONSTRAINT zone_rent_range           CHECK (rent_min_usd_m2 <= rent_max_usd_m2),
    CONSTRAINT zone_quality_with_boundary CHECK ((boundary IS NULL) = (boundary_quality IS NULL))
);
CREATE INDEX zone_boundary_gix ON zone USING GIST (boundary);
CREATE INDEX zone_district_idx ON zone (district_code);

CREATE TABLE lot (
    zone_code      VARCHAR(80)  NOT NULL REFERENCES zone (code),
    code           VARCHAR(40)  NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]+$'),
    boundary       geometry(MultiPolygon, 4326) NOT NULL,
    area_ha        DOUBLE PRECISION NOT NULL CHECK (area_ha > 0),
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('available', 'reserved', 'leased')),
    tenant         VARCHAR(300),
    price_usd_m2   DOUBLE PRECISION CHECK (price_usd_m2 >= 0),
    source         VARCHAR(500),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (zone_code, code)
);
CREATE INDEX lot_boundary_gix ON lot USING GIST (boundary);

CREATE TABLE zone_report (
    id                         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zone_code                  VARCHAR(80)  NOT NULL REFERENCES zone (code),
    as_of                      DATE         NOT NULL,
    cleared_ha                 DOUBLE PRECISION CHECK (cleared_ha >= 0),
    leased_ha                  DOUBLE PRECISION CHECK (leased_ha >= 0),
    occupancy_pct              DOUBLE PRECISION CHECK (occupancy_pct BETWEEN 0 AND 100),
    tenants                    INTEGER      CHECK (tenants >= 0),
    registered_capital_bn_vnd  DOUBLE PRECISION CHECK (registered_capital_bn_vnd >= 0),
    wastewater_plant           VARCHAR(24)  CHECK (wastewater_plant IN ('none', 'under_construction', 'operating')),
    note                       VARCHAR(2000),
    source_id                  VARCHAR(80)  REFERENCES source_document (id),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                 VARCHAR(100) NOT NULL,
    UNIQUE (zone_code, as_of)
);

CREATE TABLE target (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope_type     VARCHAR(10)  NOT NULL CHECK (scope_type IN ('zone', 'district', 'province')),
    zone_code      VARCHAR(80)  REFERENCES zone (code),
    district_code  VARCHAR(80)  REFERENCES district (code),
    province_code  VARCHAR(40)  REFERENCES province (code),
    zone_kind      VARCHAR(3)   CHECK (zone_kind IN ('KCN', 'CCN')),
    metric         VARCHAR(64)  NOT NULL CHECK (metric IN (
                       'occupancy_pct', 'construction_completed', 'infrastructure_funded',
                       'kcn_with_occupancy_at_least_50pct', 'industry_share_of_output_pct',
                       'facilities_relocated_from_residential_areas')),
    comparator     VARCHAR(2)   NOT NULL CHECK (comparator IN ('>', '>=', '=', '<=', '<')),
    target_value   DOUBLE PRECISION NOT NULL,
    target_year    INTEGER      NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
    source_id      VARCHAR(80)  NOT NULL REFERENCES source_document (id),
    wording        VARCHAR(2000) NOT NULL,
    CONSTRAINT target_scope_matches CHECK (
        (scope_type = 'zone'     AND zone_code IS NOT NULL AND district_code IS NULL AND province_code IS NULL) OR
        (scope_type = 'district' AND zone_code IS NULL AND district_code IS NOT NULL AND province_code IS NULL) OR
        (scope_type = 'province' AND zone_code IS NULL AND district_code IS NULL AND province_code IS NOT NULL))
);

CREATE TABLE zone_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zone_code   VARCHAR(80)  NOT NULL REFERENCES zone (code),
    version     INTEGER      NOT NULL,
    action      VARCHAR(16)  NOT NULL CHECK (action IN ('seed', 'import', 'create', 'update', 'revert', 'lots')),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    before_json TEXT,
    after_json  TEXT         NOT NULL,
    UNIQUE (zone_code, version)
);

CREATE TABLE seed_run (
    name       VARCHAR(80) PRIMARY KEY,
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
