-- Changes to map data, as the bounding boxes they touched, so that every process using the store —
-- other server instances, the command-line importer — learns what to drop from its render cache.
-- Rows are written after each change commits and read by every instance (store/ChangeRelay); on
-- PostgreSQL a NOTIFY wakes the readers at once, on the embedded store they look every second.
CREATE TABLE map_change (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin      VARCHAR(40) NOT NULL,
    layer       VARCHAR(16) NOT NULL CHECK (layer IN ('zones', 'lots', 'districts')),
    min_x       DOUBLE PRECISION NOT NULL,
    min_y       DOUBLE PRECISION NOT NULL,
    max_x       DOUBLE PRECISION NOT NULL,
    max_y       DOUBLE PRECISION NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX map_change_time_idx ON map_change (changed_at);
