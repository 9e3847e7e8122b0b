package vn.kcnatlas.ogc;

import vn.kcnatlas.support.PostGisApplicationTest;

/** OGC API Features on PostGIS, from an empty database seeded as on a first start. */
@PostGisApplicationTest
class OgcApiPostGisTest extends OgcApiContract {
}
