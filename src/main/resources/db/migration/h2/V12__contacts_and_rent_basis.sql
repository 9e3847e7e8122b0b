-- Whom an investor calls about a zone, modelled once (a provincial board serves many zones), each with the
-- document that names it; and what a zone's asking rent covers, as its source states it.
CREATE TABLE contact (
    id         VARCHAR(80)  PRIMARY KEY,
    kind       VARCHAR(20)  NOT NULL CHECK (kind IN ('developer', 'board', 'promotion_centre', 'department')),
    name_vi    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300),
    phone      VARCHAR(60),
    email      VARCHAR(200),
    url        VARCHAR(500),
    address    VARCHAR(500),
    source_id  VARCHAR(80)  NOT NULL REFERENCES source_document (id)
);

ALTER TABLE zone ADD COLUMN contact_id VARCHAR(80) REFERENCES contact (id);
-- per_year: per m² per year; lease_term: per m² once for the land-lease term (to rent_until_year);
-- per_month: per m² per month (ready-built factories); not_stated: the source gives a price but no basis.
ALTER TABLE zone ADD COLUMN rent_basis VARCHAR(20)
    CHECK (rent_basis IN ('per_year', 'lease_term', 'per_month', 'not_stated'));
ALTER TABLE zone ADD COLUMN rent_until_year INTEGER CHECK (rent_until_year BETWEEN 2000 AND 2200);

-- A web source whose page gives no title is shown by its issuer and date, never by a slug of its address.
ALTER TABLE source_document ALTER COLUMN title SET NULL;
