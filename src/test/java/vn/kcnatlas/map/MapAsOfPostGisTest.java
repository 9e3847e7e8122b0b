package vn.kcnatlas.map;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/** The map as of a day on PostGIS; its edits stay in the database, so its application is closed after it. */
@PostGisApplicationTest
@DirtiesContext
class MapAsOfPostGisTest extends MapAsOfContract {
}
