-- Investors' enquiries to a zone's managers (enquiry/), never public, deleted after the retention period
-- (kcn.enquiries.retention). Keep in step with ../postgresql/V11__enquiries.sql: same tables, columns and constraints.

INSERT INTO app_role (name) VALUES ('ZONE_MANAGER');

-- Which zones a ZONE_MANAGER account answers for; an admin ties them (PUT /api/users/{username}/zones).
CREATE TABLE zone_manager (
    username   VARCHAR(32) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    zone_code  VARCHAR(80) NOT NULL REFERENCES zone (code),
    PRIMARY KEY (username, zone_code)
);
CREATE INDEX zone_manager_zone_idx ON zone_manager (zone_code);

CREATE TABLE enquiry (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zone_code        VARCHAR(80)   NOT NULL REFERENCES zone (code),
    name             VARCHAR(200)  NOT NULL,
    company          VARCHAR(200),
    email            VARCHAR(254),
    phone            VARCHAR(40),
    land_needed_ha   DOUBLE PRECISION CHECK (land_needed_ha >= 0),
    industry         VARCHAR(200),
    message          VARCHAR(4000) NOT NULL,
    -- The consent text the sender agreed to, by version, and when.
    consent_version  VARCHAR(20)   NOT NULL,
    consent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A keyed hash of the sender's address, to see abuse from one address; never the address itself.
    client_hash      VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_at       TIMESTAMP WITH TIME ZONE,
    handled_by       VARCHAR(32),
    note             VARCHAR(4000),
    CHECK (email IS NOT NULL OR phone IS NOT NULL),
    CHECK ((handled_at IS NULL) = (handled_by IS NULL))
);
CREATE INDEX enquiry_zone_idx ON enquiry (zone_code, created_at);
CREATE INDEX enquiry_created_idx ON enquiry (created_at);
