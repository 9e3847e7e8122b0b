package vn.kcnatlas.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.kcnatlas.store.H2GisFunctionsCallback;

/** Fresh, migrated databases for tests that work below the Spring application. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new in-memory H2GIS database, migrated. */
    public static DataSource h2gis() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        migrate(dataSource, "h2");
        return dataSource;
    }

    /** The PostGIS test database, emptied and migrated afresh. */
    public static DataSource postgis() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(PostGisEnvironment.url(),
                PostGisEnvironment.user(), PostGisEnvironment.password());
        migrate(dataSource, "postgresql");
        return dataSource;
    }

    private static void migrate(DataSource dataSource, String vendor) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor)
                .callbacks(new H2GisFunctionsCallback()).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }
}
