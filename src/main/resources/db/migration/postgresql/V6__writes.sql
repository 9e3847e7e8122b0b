-- The write API: a reason on each zone change (taking a zone out of the plan needs one), lots versioned
-- for If-Match like zones, and a history of lot changes kept the way zone_history keeps zones'.
ALTER TABLE zone_history ADD COLUMN comment VARCHAR(2000);

ALTER TABLE lot ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

CREATE TABLE lot_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zone_code   VARCHAR(80)  NOT NULL REFERENCES zone (code),
    lot_code    VARCHAR(40)  NOT NULL,
    version     INTEGER      NOT NULL,
    action      VARCHAR(16)  NOT NULL CHECK (action IN ('seed', 'import', 'create', 'update', 'status', 'delete')),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    comment     VARCHAR(2000),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX lot_history_lot ON lot_history (zone_code, lot_code, version);
