package vn.kcnatlas.zone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * How lots are summed into a zone's {@link LotTotals}, said once for the two tables that hold lot figures
 * under the same column names ({@code area_ha}, {@code status}, {@code illustrative}, {@code updated_at}):
 * {@code lot} for now, {@code lot_history} for a past day. Illustrative lots are counted but never summed:
 * no figure may rest on them.
 */
final class LotSums {

    private static final String SUMMED = "COALESCE(SUM(CASE WHEN illustrative = FALSE%s THEN area_ha ELSE 0 END), 0)";

    /** The aggregates, in the order and under the names of the zone row's lot total columns. */
    static final String AGGREGATES = "COUNT(*) AS lot_count,"
            + " COALESCE(SUM(CASE WHEN illustrative = TRUE THEN 1 ELSE 0 END), 0) AS illustrative_lot_count,"
            + " " + SUMMED.formatted("") + " AS lots_total_ha,"
            + " " + SUMMED.formatted(" AND status = 'leased'") + " AS lots_leased_ha,"
            + " " + SUMMED.formatted(" AND status = 'reserved'") + " AS lots_reserved_ha,"
            + " " + SUMMED.formatted(" AND status = 'available'") + " AS lots_available_ha,"
            + " CAST(MAX(CASE WHEN illustrative = FALSE THEN updated_at END) AS DATE) AS lots_as_of";

    /** The zone row's columns that keep {@link #AGGREGATES} of its lots. */
    static final String COLUMNS = "lot_count, illustrative_lot_count, lots_total_ha, lots_leased_ha, lots_reserved_ha,"
            + " lots_available_ha, lots_as_of";

    private LotSums() {
    }

    /** The totals in a row that holds {@link #COLUMNS}. */
    static LotTotals read(ResultSet rs) throws SQLException {
        return rs.getInt("lot_count") == 0 ? LotTotals.NONE
                : new LotTotals(rs.getInt("lot_count"), rs.getInt("illustrative_lot_count"),
                        rs.getDouble("lots_total_ha"), rs.getDouble("lots_leased_ha"), rs.getDouble("lots_reserved_ha"),
                        rs.getDouble("lots_available_ha"), rs.getObject("lots_as_of", LocalDate.class));
    }
}
