package vn.kcnatlas.security;

import javax.sql.DataSource;

import vn.kcnatlas.support.TestDatabases;

/** The account store on the embedded H2GIS store. */
class H2AccountStoreTest extends AccountStoreContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.h2gis();
    }
}
