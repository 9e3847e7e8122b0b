package vn.kcnatlas.unit2025;

import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;

/** Today's units on PostGIS; the units and zones it writes stay, so its application is closed after it. */
@PostGisApplicationTest
@DirtiesContext
class CurrentUnitsPostGisTest extends CurrentUnitsContract {
}
