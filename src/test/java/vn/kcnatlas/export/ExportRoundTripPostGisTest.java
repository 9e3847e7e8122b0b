package vn.kcnatlas.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import vn.kcnatlas.support.PostGisApplicationTest;
import vn.kcnatlas.support.PostGisEnvironment;

/**
 * Exports from PostGIS, read back into a fresh PostGIS store: a schema of its own in the same database,
 * dropped after. The edits it makes stay in the database, so its application is closed after it.
 */
@PostGisApplicationTest
@DirtiesContext
class ExportRoundTripPostGisTest extends ExportRoundTripContract {

    private static final String SCHEMA = "export_round_trip";

    @Override
    protected ConfigurableApplicationContext freshStore(SpringApplicationBuilder application) {
        dropFreshStore();
        String url = PostGisEnvironment.url() + (PostGisEnvironment.url().contains("?") ? "&" : "?")
                + "currentSchema=" + SCHEMA + ",public";
        return application.run("--server.port=0", "--spring.profiles.active=postgis",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostGisEnvironment.user(),
                "--spring.datasource.password=" + PostGisEnvironment.password(),
                "--spring.flyway.schemas=" + SCHEMA, "--spring.flyway.create-schemas=true");
    }

    @Override
    protected void dropFreshStore() {
        try (Connection connection = DriverManager.getConnection(PostGisEnvironment.url(), PostGisEnvironment.user(),
                PostGisEnvironment.password())) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the schema " + SCHEMA + ": " + e.getMessage(), e);
        }
    }
}
