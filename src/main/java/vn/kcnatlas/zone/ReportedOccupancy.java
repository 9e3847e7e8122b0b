package vn.kcnatlas.zone;

import java.time.LocalDate;

/**
 * The occupancy rate the latest periodic report gave, for zones whose leased area is not known.
 *
 * @param sourceId the document the report cites, or null
 */
public record ReportedOccupancy(double pct, LocalDate asOf, String sourceId) {
}
