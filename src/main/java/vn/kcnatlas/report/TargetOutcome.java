package vn.kcnatlas.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an official recorded as achieved for a target that KCN Atlas cannot measure from its zones, such as a
 * district's industry share of output: the figure, the day it describes and the document it comes from.
 *
 * @param sourceUrl the document's address, or null
 * @param note a remark, or null
 */
public record TargetOutcome(long id, long targetId, double value, LocalDate asOf, String source, String sourceUrl,
        String note, String recordedBy, Instant recordedAt) {
}
