package vn.kcnatlas.support;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A canonical dump of a store: every table of the connection's schema, by lower-case name, as its rows in
 * text, sorted, so that two dumps are equal exactly when the data is. Reading the tables from the schema,
 * not from a list, keeps a table added later in the comparison.
 */
public final class StoreDump {

    private StoreDump() {
    }

    /** @param leftOut lower-case names of tables that change by design (the browsers' sessions) */
    public static Map<String, List<String>> of(Connection connection, Set<String> leftOut) throws SQLException {
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> tables = new TreeMap<>();
        for (String name : names) {
            String table = name.toLowerCase(Locale.ROOT);
            if (!leftOut.contains(table)) {
                tables.put(table, rows(connection, schema, name));
            }
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String schema, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(
                "SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.append(columns.getColumnName(i)).append('=').append(text(rs.getObject(i))).append(';');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    /** A value as text; H2 hands long text out as a Clob, whose own toString names the Clob, not its text. */
    private static String text(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }
}
