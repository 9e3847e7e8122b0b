package vn.kcnatlas.ogc;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * OGC API Features on PostGIS, from an empty database seeded as on a first start. It moves Tân Kiều
 * with an import that names no source, so its application is closed after it: later tests start from a
 * freshly seeded database.
 */
@PostGisApplicationTest
@DirtiesContext
class OgcApiPostGisTest extends OgcApiContract {
}
