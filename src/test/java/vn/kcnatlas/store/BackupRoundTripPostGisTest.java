package vn.kcnatlas.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.kcnatlas.support.OwnPostGis;
import vn.kcnatlas.support.RequiresPostGis;

/**
 * The backup round trip on PostGIS: pg_dump and pg_restore, on a server of the test's own, so that the
 * restore replaces no table another test uses.
 */
@RequiresPostGis
class BackupRoundTripPostGisTest extends BackupRoundTripContract {

    private static OwnPostGis db;

    @BeforeAll
    static void startServer() {
        db = OwnPostGis.start();
    }

    @AfterAll
    static void dropServer() {
        db.close();
    }

    @Override
    List<String> storeArguments() {
        return db.applicationArguments();
    }

    @Override
    Map<String, String> scriptEnvironment() {
        Map<String, String> environment = new HashMap<>(db.environment());
        environment.put("SPRING_PROFILES_ACTIVE", "postgis");
        return environment;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }
}
