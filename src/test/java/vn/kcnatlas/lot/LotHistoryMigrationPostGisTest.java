package vn.kcnatlas.lot;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import vn.kcnatlas.support.RequiresPostGis;
import vn.kcnatlas.support.TestDatabases;

/** V16's lot history figures on PostGIS, in a schema of its own. */
@RequiresPostGis
class LotHistoryMigrationPostGisTest extends LotHistoryMigrationContract {

    @Override
    protected Flyway migrationsUpTo(MigrationVersion target) {
        return TestDatabases.postgisMigrations("lot_history_migration", target);
    }
}
