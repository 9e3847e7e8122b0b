package vn.kcnatlas.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostGIS the tests run against, as scripts/test provides it through KCN_DB_URL, KCN_DB_USER and
 * KCN_DB_PASSWORD. When KCN_REQUIRE_POSTGIS=true or CI=true, a missing or unreachable PostGIS fails
 * the PostGIS tests instead of skipping them.
 */
public final class PostGisEnvironment {

    private PostGisEnvironment() {
    }

    public static String url() {
        return System.getenv("KCN_DB_URL");
    }

    public static String user() {
        return Optional.ofNullable(System.getenv("KCN_DB_USER")).orElse("kcn");
    }

    public static String password() {
        return Optional.ofNullable(System.getenv("KCN_DB_PASSWORD")).orElse("");
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("KCN_REQUIRE_POSTGIS"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Why PostGIS cannot be used, or empty when it can. */
    public static Optional<String> unavailableReason() {
        if (url() == null || !url().startsWith("jdbc:postgresql:")) {
            return Optional.of("KCN_DB_URL does not name a PostgreSQL database (run the suite with scripts/test)");
        }
        try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
            connection.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostGIS at " + url() + " is unreachable: " + e.getMessage());
        }
    }
}
