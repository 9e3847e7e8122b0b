package vn.kcnatlas.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.kcnatlas.store.H2GisFunctionsCallback;

/** Fresh, migrated databases for tests that work below the Spring application. */
public final class TestDatabases {

    private static final String POSTGIS_SCHEMA = "below_application";

    private TestDatabases() {
    }

    /** A new in-memory H2GIS database, migrated. */
    public static DataSource h2gis() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        migrateH2(dataSource);
        return dataSource;
    }

    /**
     * A schema of its own in the PostGIS test database, emptied and migrated afresh. It is not the schema
     * the application tests share: emptying theirs would pull the data from under an application a later
     * test class reuses from Spring's context cache.
     */
    public static DataSource postgis() {
        String url = PostGisEnvironment.url();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + POSTGIS_SCHEMA + ",public", PostGisEnvironment.user(),
                PostGisEnvironment.password());
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql")
                .schemas(POSTGIS_SCHEMA).createSchemas(true).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        return dataSource;
    }

    private static void migrateH2(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2")
                .callbacks(new H2GisFunctionsCallback()).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }
}
