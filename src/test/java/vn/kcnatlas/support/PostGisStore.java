package vn.kcnatlas.support;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points a test application at the PostGIS of {@link PostGisEnvironment} and empties it first, so the
 * application migrates and seeds it as on a first start.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostGisStore {

    @Bean
    DynamicPropertyRegistrar postGisConnection() {
        return registry -> {
            registry.add("spring.datasource.url", PostGisEnvironment::url);
            registry.add("spring.datasource.username", PostGisEnvironment::user);
            registry.add("spring.datasource.password", PostGisEnvironment::password);
        };
    }

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        };
    }
}
