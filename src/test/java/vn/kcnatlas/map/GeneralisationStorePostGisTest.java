package vn.kcnatlas.map;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/** The stored bands on PostGIS; its zones and lots stay in the database, so its application is closed after it. */
@PostGisApplicationTest
@DirtiesContext
class GeneralisationStorePostGisTest extends GeneralisationStoreContract {
}
