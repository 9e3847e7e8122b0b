package vn.kcnatlas.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import vn.kcnatlas.support.TempStore;

/** The backup round trip on the embedded H2GIS store: H2's BACKUP and its Restore tool. */
class BackupRoundTripH2Test extends BackupRoundTripContract {

    private final Path directory = TempStore.newDirectory();

    @Override
    List<String> storeArguments() {
        return List.of("--spring.datasource.url=" + TempStore.h2Url(directory));
    }

    @Override
    Map<String, String> scriptEnvironment() {
        return Map.of("KCN_DATA_DIR", directory.toString(), "KCN_CLASSPATH", System.getProperty("java.class.path"),
                "SPRING_PROFILES_ACTIVE", "");
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(TempStore.h2Url(directory), "sa", "");
    }
}
