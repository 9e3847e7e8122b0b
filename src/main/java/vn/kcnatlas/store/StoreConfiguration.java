package vn.kcnatlas.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the spatial dialect from the database the application is connected to. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    SpatialDialect spatialDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SpatialDialect.forProduct(connection.getMetaData().getDatabaseProductName());
        }
    }
}
