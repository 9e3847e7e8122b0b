package vn.kcnatlas.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A canonical dump of everything a request could change: each table's rows as text, sorted, so that two
 * dumps are equal exactly when the data is.
 */
final class StoreDump {

    static final List<String> TABLES = List.of("zone", "zone_history", "lot", "lot_history", "zone_report",
            "zone_report_history", "zone_marker", "enquiry", "app_user", "app_user_role", "zone_manager", "target",
            "source_document", "contact", "district", "province", "commune_2025", "province_2025");

    private StoreDump() {
    }

    static Map<String, List<String>> of(JdbcTemplate jdbc) {
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>(jdbc.query("SELECT * FROM " + table,
                    (row, n) -> {
                        StringBuilder text = new StringBuilder();
                        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                            text.append(row.getMetaData().getColumnLabel(column).toLowerCase()).append('=')
                                    .append(row.getString(column)).append('\t');
                        }
                        return text.toString();
                    }));
            rows.sort(null);
            dump.put(table, rows);
        }
        return dump;
    }
}
