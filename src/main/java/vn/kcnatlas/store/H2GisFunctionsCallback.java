package vn.kcnatlas.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2gis.functions.factory.H2GISFunctions;
import org.springframework.stereotype.Component;

/**
 * Registers the H2GIS spatial functions before Flyway migrates an H2 database, because the
 * migrations create GEOMETRY columns and spatial indexes. PostgreSQL connections are left alone.
 */
@Component
public class H2GisFunctionsCallback implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        // Flyway 12 may ask with no connection, so the database check lives in handle().
        return event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            if (isH2(connection) && !h2gisLoaded(connection)) {
                H2GISFunctions.load(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the H2GIS functions", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "h2gis-functions";
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static boolean h2gisLoaded(Connection connection) throws SQLException {
        try (var rs = connection.getMetaData().getFunctions(null, null, "H2GISVERSION")) {
            return rs.next();
        }
    }
}
