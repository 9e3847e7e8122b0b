package vn.kcnatlas.io;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * The nationwide synthetic dataset and the importer's additions for it on PostGIS. What it loads stays in the
 * database, so its application is closed after it and later tests start from a freshly seeded one.
 */
@PostGisApplicationTest
@DirtiesContext
class NationwideLoadPostGisTest extends NationwideLoadContract {
}
