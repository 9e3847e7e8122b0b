package vn.kcnatlas.report;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One version of a periodic report in its history: who entered or corrected it, when, and the report as
 * it then read.
 *
 * @param action "create" for the entry, "correct" for a correction
 */
public record ReportVersion(int version, String action, Instant changedAt, String changedBy, JsonNode report) {
}
