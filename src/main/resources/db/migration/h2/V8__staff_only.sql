-- What only signed-in staff read about a zone: the team's working notes, and whether its contact is for
-- officials only. Public outputs (the API without a login, OGC API, GetFeatureInfo, tiles) leave them out.
ALTER TABLE zone ADD COLUMN notes VARCHAR(4000);
ALTER TABLE zone ADD COLUMN contact_internal BOOLEAN NOT NULL DEFAULT FALSE;
