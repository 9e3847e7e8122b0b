package vn.kcnatlas.report;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * Periodic reports and statistics on PostGIS. The reports it enters stay in the database, so its
 * application is closed after it and later tests start from a freshly seeded one.
 */
@PostGisApplicationTest
@DirtiesContext
class ReportsApiPostGisTest extends ReportsApiContract {
}
