-- The boundary markers (mốc) of a zone, as surveyed in VN-2000: the markers of the survey file last
-- applied to the zone, written by the zone's write unit in the transaction that makes their boundary
-- the zone's, replacing the markers applied before. Keep in step with ../h2/V7__zone_markers.sql.
CREATE TABLE zone_marker (
    zone_code     VARCHAR(80)  NOT NULL REFERENCES zone (code),
    seq           INTEGER      NOT NULL CHECK (seq >= 1),
    marker_id     VARCHAR(100) NOT NULL CHECK (marker_id <> ''),
    northing      DOUBLE PRECISION NOT NULL CHECK (northing BETWEEN 650000 AND 2700000),
    easting       DOUBLE PRECISION NOT NULL CHECK (easting BETWEEN 250000 AND 750000),
    source_crs    VARCHAR(10)  NOT NULL CHECK (source_crs IN ('EPSG:5897', 'EPSG:9207')),
    location      geometry(Point, 4326) NOT NULL,
    zone_version  INTEGER      NOT NULL CHECK (zone_version >= 1),
    applied_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    applied_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (zone_code, seq),
    CONSTRAINT zone_marker_id_once UNIQUE (zone_code, marker_id)
);
CREATE INDEX zone_marker_location_gix ON zone_marker USING GIST (location);
