package vn.kcnatlas.zone;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * Survey markers applied to zones and served, on PostGIS. The boundaries and markers it writes stay in
 * the database, so its application is closed after it and later tests start from a freshly seeded one.
 */
@PostGisApplicationTest
@DirtiesContext
class ZoneMarkersApiPostGisTest extends ZoneMarkersApiContract {
}
