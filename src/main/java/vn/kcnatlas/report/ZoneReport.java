package vn.kcnatlas.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A periodic review of one zone, as the plans ask for: land cleared, area leased or the occupancy rate
 * stated, tenants, registered capital, the wastewater plant, and a note.
 *
 * @param id null for a report not yet stored
 */
public record ZoneReport(Long id, String zoneCode, LocalDate asOf, Double clearedHa, Double leasedHa,
        Double occupancyPct, Integer tenants, Double registeredCapitalBnVnd, WastewaterPlant wastewaterPlant,
        String note, String sourceId, Instant createdAt, String createdBy) {
}
