package vn.kcnatlas.store;

import javax.sql.DataSource;

import vn.kcnatlas.support.RequiresPostGis;
import vn.kcnatlas.support.TestDatabases;

/** The repository contract on PostGIS. */
@RequiresPostGis
class PostGisRepositoryTest extends RepositoryContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.postgis();
    }
}
