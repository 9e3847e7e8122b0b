package vn.kcnatlas.zone;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * Bad boundaries refused on PostGIS. The zone it refuses boundaries for stays in the database, so its
 * application is closed after it and later tests start from a freshly seeded one.
 */
@PostGisApplicationTest
@DirtiesContext
class GeometryRefusalsPostGisTest extends GeometryRefusalsContract {
}
