package vn.kcnatlas.zone;

import vn.kcnatlas.support.PostGisApplicationTest;

/** The illustrative-data guard on PostGIS. */
@PostGisApplicationTest
class IllustrativeDataPostGisTest extends IllustrativeDataContract {
}
