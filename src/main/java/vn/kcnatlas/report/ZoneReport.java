package vn.kcnatlas.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A periodic review of one zone, as the plans ask for: land cleared, area leased or the occupancy rate
 * stated, tenants, registered capital, the wastewater plant, and a note.
 *
 * @param id null for a report not yet stored
 * @param period the period an official entered it for ({@link ReportPeriod#code()}); null for a report taken
 *     from a document, which is dated as the document dates it
 * @param asOf the day the report describes: its period's last day
 * @param occupancyPct for an entered report, its leased area over the zone's leasable area when it was entered
 * @param version 1 when entered, one more with each correction
 * @param createdAt when it was first entered
 */
public record ZoneReport(Long id, String zoneCode, String period, LocalDate asOf, Double clearedHa, Double leasedHa,
        Double occupancyPct, Integer tenants, Double registeredCapitalBnVnd, WastewaterPlant wastewaterPlant,
        String note, String sourceId, int version, Instant createdAt, String createdBy) {

    /** A report from a document: no period, first version. */
    public ZoneReport(Long id, String zoneCode, LocalDate asOf, Double clearedHa, Double leasedHa,
            Double occupancyPct, Integer tenants, Double registeredCapitalBnVnd, WastewaterPlant wastewaterPlant,
            String note, String sourceId, Instant createdAt, String createdBy) {
        this(id, zoneCode, null, asOf, clearedHa, leasedHa, occupancyPct, tenants, registeredCapitalBnVnd,
                wastewaterPlant, note, sourceId, 1, createdAt, createdBy);
    }

    ZoneReport withStored(long storedId, int storedVersion) {
        return new ZoneReport(storedId, zoneCode, period, asOf, clearedHa, leasedHa, occupancyPct, tenants,
                registeredCapitalBnVnd, wastewaterPlant, note, sourceId, storedVersion, createdAt, createdBy);
    }
}
