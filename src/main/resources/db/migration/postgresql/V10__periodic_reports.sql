-- Periodic reports entered by officials: each names its period (2026-Q3, 2026-H1, 2026) and is dated at the
-- period's end; one report per zone and period, versioned for If-Match, every entry and correction kept in
-- zone_report_history. Reports taken from documents keep no period (they are dated as the document dates
-- them) and stay at version 1.
ALTER TABLE zone_report ADD COLUMN period VARCHAR(7);
ALTER TABLE zone_report ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE zone_report ADD CONSTRAINT zone_report_zone_period UNIQUE (zone_code, period);

CREATE TABLE zone_report_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   BIGINT       NOT NULL REFERENCES zone_report (id),
    version     INTEGER      NOT NULL,
    action      VARCHAR(10)  NOT NULL CHECK (action IN ('create', 'correct')),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    report_json TEXT NOT NULL,
    UNIQUE (report_id, version)
);
