package vn.kcnatlas.hostile;

import vn.kcnatlas.support.PostGisApplicationTest;

/** The hostile corpus on PostGIS. It writes nothing, so the application stays for the next test. */
@PostGisApplicationTest
class HostileCorpusPostGisTest extends HostileCorpusContract {
}
