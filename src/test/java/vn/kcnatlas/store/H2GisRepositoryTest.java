package vn.kcnatlas.store;

import javax.sql.DataSource;

import vn.kcnatlas.support.TestDatabases;

/** The repository contract on the embedded H2GIS store. */
class H2GisRepositoryTest extends RepositoryContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.h2gis();
    }
}
