package vn.kcnatlas.zone;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * The illustrative-data guard on PostGIS. It deletes the demo lots, so the application it ran against is
 * not reused: the next PostGIS test starts from a freshly seeded store.
 */
@PostGisApplicationTest
@DirtiesContext
class IllustrativeDataPostGisTest extends IllustrativeDataContract {
}
