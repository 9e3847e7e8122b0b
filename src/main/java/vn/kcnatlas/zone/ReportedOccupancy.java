package vn.kcnatlas.zone;

import java.time.LocalDate;

/**
 * What the latest periodic report with an occupancy figure gave: its rate, and the leased area it was
 * derived from when the report states one.
 *
 * @param leasedHa the leased area the report states, or null for a report that gives a rate only
 * @param sourceId the document the report cites, or null
 * @param enteredBy who entered a report that cites no document
 */
public record ReportedOccupancy(double pct, Double leasedHa, LocalDate asOf, String sourceId, String enteredBy) {
}
