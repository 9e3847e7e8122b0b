package vn.kcnatlas.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.kcnatlas.web.FieldProblems;

/**
 * An outcome as an official sends it: a number, the past or present day it describes, the document it comes
 * from and optionally that document's web address and a note. Every problem is named with its field, all at
 * once, in a 422.
 */
record TargetOutcomeInput(double value, LocalDate asOf, String source, String sourceUrl, String note) {

    private static final Set<String> FIELDS = Set.of("value", "asOf", "source", "sourceUrl", "note");
    private static final int SOURCE_MAX = 300;
    private static final int URL_MAX = 1000;
    private static final int NOTE_MAX = 2000;

    /**
     * @param today the day in Việt Nam: an outcome cannot describe a later one
     * @throws vn.kcnatlas.web.ApiException 422 listing every problem
     */
    static TargetOutcomeInput read(JsonNode body, Target target, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        String what = "The outcome of target " + target.id();
        if (body == null || !body.isObject()) {
            problems.add("", "the body is a JSON object with the members " + String.join(", ", FIELDS));
            throw problems.refusal("Invalid outcome", what);
        }
        if (!TargetProgress.recordable(target)) {
            problems.add("", "target " + target.id() + " (" + target.metric() + ") is measured from the zones'"
                    + " figures; enter a periodic report for the zone instead");
            throw problems.refusal("Invalid outcome", what);
        }
        body.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .forEach(name -> problems.add(name, "'" + name + "' is not a member of an outcome; they are "
                        + String.join(", ", FIELDS)));
        Double value = value(body, problems);
        LocalDate asOf = day(body, today, problems);
        String source = problems.text(body, "source", SOURCE_MAX);
        JsonNode sourceNode = body.get("source");
        if (source == null && (sourceNode == null || sourceNode.isNull() || sourceNode.isString())) {
            problems.add("source", "source names the document the figure comes from (title, issuer, date)");
        }
        String url = problems.text(body, "sourceUrl", URL_MAX);
        if (url != null && !isWebAddress(url)) {
            problems.add("sourceUrl", "sourceUrl is an http or https address, not '" + url + "'");
        }
        String note = problems.text(body, "note", NOTE_MAX);
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid outcome", what);
        }
        return new TargetOutcomeInput(value, asOf, source, url, note);
    }

    private static Double value(JsonNode body, FieldProblems problems) {
        JsonNode node = body.get("value");
        if (node == null || node.isNull()) {
            problems.add("value", "value is required: the figure achieved");
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            problems.add("value", "value is a number, not " + node);
            return null;
        }
        return node.asDouble();
    }

    private static LocalDate day(JsonNode body, LocalDate today, FieldProblems problems) {
        JsonNode node = body.get("asOf");
        if (node == null || node.isNull()) {
            problems.add("asOf", "asOf is required: the day the figure describes, YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(node.asString());
            if (day.isAfter(today)) {
                problems.add("asOf", "asOf " + day + " is after today (" + today + "): an outcome describes a day"
                        + " that has come");
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add("asOf", "asOf is a date written YYYY-MM-DD, not " + node);
            return null;
        }
    }


    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
