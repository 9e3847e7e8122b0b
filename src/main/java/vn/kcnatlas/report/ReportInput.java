package vn.kcnatlas.report;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

import vn.kcnatlas.text.Coded;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.FieldProblems;
import vn.kcnatlas.zone.ZoneView;

/**
 * A periodic report as an official sends it, checked against its zone: a period that has ended, figures
 * that are numbers and not below zero, leased area within the zone's leasable area, cleared area within its
 * area, a known wastewater plant status and a known source document. Every problem is named with the field
 * it is in, all at once, in a 422.
 *
 * @param period null for a correction that leaves the period as it is
 */
record ReportInput(ReportPeriod period, Double clearedHa, Double leasedHa, Integer tenants,
        Double registeredCapitalBnVnd, WastewaterPlant wastewaterPlant, String note, String sourceId) {

    private static final Set<String> FIELDS = Set.of("period", "clearedHa", "leasedHa", "tenants",
            "registeredCapitalBnVnd", "wastewaterPlant", "note", "sourceId");
    private static final int NOTE_MAX = 2000;
    private static final int SOURCE_ID_MAX = 200;

    /**
     * @param stored for a correction, the period of the report it corrects (null for one taken from a
     *     document); null for a new report, which must name its period
     * @param today the day in Việt Nam: a period ending on it or later has not ended
     * @throws ApiException 422 listing every problem
     */
    static ReportInput read(JsonNode body, ZoneView zone, boolean correcting, String stored, LocalDate today,
            Predicate<String> knownSource) {
        FieldProblems problems = new FieldProblems();
        if (body == null || !body.isObject()) {
            problems.add("", "the body is a JSON object with the report's members: " + String.join(", ", FIELDS));
            throw problems.refusal("Invalid report", "The report for zone " + zone.zone().code());
        }
        body.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .forEach(name -> problems.add(name, "'" + name + "' is not a member of a report; they are "
                        + String.join(", ", FIELDS)));
        ReportPeriod period = correcting ? samePeriod(body, stored, problems) : period(body, today, problems);
        Double cleared = number(body, "clearedHa", problems);
        Double leased = number(body, "leasedHa", problems);
        Double capital = number(body, "registeredCapitalBnVnd", problems);
        Double tenantCount = number(body, "tenants", problems);
        if (tenantCount != null && tenantCount != Math.rint(tenantCount)) {
            problems.add("tenants", "tenants is a whole number of enterprises, not " + tenantCount);
        }
        Double leasable = zone.figures().leasableHa();
        if (leased != null && leased >= 0) {
            if (leasable == null || leasable <= 0) {
                problems.add("leasedHa", "zone " + zone.zone().code() + " has no leasable area on record, so a"
                        + " leased area cannot be checked or turned into an occupancy rate; a planner enters the"
                        + " zone's leasableHa first");
            } else if (leased > leasable) {
                problems.add("leasedHa", "leasedHa " + leased + " is more than the zone's leasable area, "
                        + leasable + " ha");
            }
        }
        Double area = zone.zone().land().areaHa();
        if (cleared != null && area != null && cleared > area) {
            problems.add("clearedHa", "clearedHa " + cleared + " is more than the zone's area, " + area + " ha");
        }
        WastewaterPlant plant = null;
        JsonNode plantNode = body.get("wastewaterPlant");
        if (plantNode != null && !plantNode.isNull()) {
            plant = plantNode.isString() ? Coded.find(WastewaterPlant.class, plantNode.asString()).orElse(null) : null;
            if (plant == null) {
                problems.add("wastewaterPlant", "wastewaterPlant " + plantNode + " is not one of "
                        + Coded.allowed(WastewaterPlant.class));
            }
        }
        String note = problems.text(body, "note", NOTE_MAX);
        String source = problems.text(body, "sourceId", SOURCE_ID_MAX);
        if (source != null && !knownSource.test(source)) {
            problems.add("sourceId", "there is no source document '" + source + "' (see /api/sources)");
        }
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid report", "The report for zone " + zone.zone().code());
        }
        return new ReportInput(period, cleared, leased, tenantCount == null ? null : tenantCount.intValue(), capital,
                plant, note, source);
    }

    private static ReportPeriod period(JsonNode body, LocalDate today, FieldProblems problems) {
        JsonNode node = body.get("period");
        if (node == null || node.isNull()) {
            problems.add("period", "period is required: a quarter (2026-Q3), a half-year (2026-H1) or a year (2026)");
            return null;
        }
        ReportPeriod period = node.isString() ? ReportPeriod.parse(node.asString()).orElse(null) : null;
        if (period == null) {
            problems.add("period", "period " + node + " is not a quarter (2026-Q3), a half-year (2026-H1) or a"
                    + " year (2026)");
        } else if (!period.end().isBefore(today)) {
            problems.add("period", "period " + period + " ends on " + ReportPeriod.written(period.end())
                    + " and has not ended yet; a report describes a period that is over");
            return null;
        }
        return period;
    }

    /** A correction keeps its period: the body may repeat it, not change it. */
    private static ReportPeriod samePeriod(JsonNode body, String stored, FieldProblems problems) {
        JsonNode node = body.get("period");
        if (node != null && !node.isNull() && !(node.isString() && node.asString().strip().equals(stored))) {
            problems.add("period", "a correction cannot move a report to another period (it is for "
                    + (stored == null ? "the date its document gives" : stored) + "); enter a report for " + node
                    + " with POST");
        }
        return null;
    }

    private static Double number(JsonNode body, String field, FieldProblems problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            problems.add(field, field + " is a number, not " + node);
            return null;
        }
        if (node.asDouble() < 0) {
            problems.add(field, field + " cannot be negative (" + node + ")");
        }
        return node.asDouble();
    }

}
