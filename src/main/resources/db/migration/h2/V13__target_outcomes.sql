-- What officials record as achieved for a target KCN Atlas cannot measure from its zones (a district's
-- industry share of output, workshops relocated): a figure, the day it describes and the document it comes
-- from. Rows are only added: a later record for the same day supersedes an earlier one, and all are kept.
CREATE TABLE target_outcome (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_id    BIGINT        NOT NULL REFERENCES target (id),
    outcome      DOUBLE PRECISION NOT NULL,
    as_of        DATE          NOT NULL,
    source       VARCHAR(300)  NOT NULL,
    source_url   VARCHAR(1000),
    note         VARCHAR(2000),
    recorded_by  VARCHAR(100)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX target_outcome_target ON target_outcome (target_id, as_of);
