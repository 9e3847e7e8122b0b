package vn.kcnatlas.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
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
        return migrated(h2gisMigrations(MigrationVersion.LATEST));
    }

    /**
     * A schema of its own in the PostGIS test database, emptied and migrated afresh. It is not the schema
     * the application tests share: emptying theirs would pull the data from under an application a later
     * test class reuses from Spring's context cache.
     */
    public static DataSource postgis() {
        return migrated(postgisMigrations(POSTGIS_SCHEMA, MigrationVersion.LATEST));
    }

    /** The migrations of a new in-memory H2GIS database up to {@code target}, not run yet. */
    public static Flyway h2gisMigrations(MigrationVersion target) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2")
                .callbacks(new H2GisFunctionsCallback()).target(target).load();
    }

    /** The migrations of {@code schema} in the PostGIS test database up to {@code target}, emptied, not run yet. */
    public static Flyway postgisMigrations(String schema, MigrationVersion target) {
        String url = PostGisEnvironment.url();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + schema + ",public", PostGisEnvironment.user(), PostGisEnvironment.password());
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/postgresql")
                .schemas(schema).createSchemas(true).cleanDisabled(false).target(target).load();
        flyway.clean();
        return flyway;
    }

    /** Runs the migrations a {@link Flyway} was given, and the later ones too, and answers its database. */
    public static DataSource migrated(Flyway flyway) {
        Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();
        return flyway.getConfiguration().getDataSource();
    }
}
