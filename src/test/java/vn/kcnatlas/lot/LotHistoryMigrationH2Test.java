package vn.kcnatlas.lot;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import vn.kcnatlas.support.TestDatabases;

/** V16's lot history figures on the embedded H2GIS store. */
class LotHistoryMigrationH2Test extends LotHistoryMigrationContract {

    @Override
    protected Flyway migrationsUpTo(MigrationVersion target) {
        return TestDatabases.h2gisMigrations(target);
    }
}
