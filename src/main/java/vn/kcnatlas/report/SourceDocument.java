package vn.kcnatlas.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A document facts come from: a provincial or district plan, an official page, a press report.
 *
 * @param issued the date or month of issue as the document gives it, or null
 */
public record SourceDocument(String id, String title, String issuer, String issued, String kind, String url) {

    public static final Set<String> KINDS = Set.of("plan", "official", "press", "survey", "other");
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** What keeps this document from being stored: each as a sentence naming the field; empty when nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null || !id.matches(ID_PATTERN) || id.length() > 80) {
            problems.add("id '" + id + "' must be 1 to 80 letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        }
        if (title == null) {
            problems.add("title is required");
        }
        if (kind == null || !KINDS.contains(kind)) {
            problems.add("kind '" + kind + "' is not one of " + KINDS.stream().sorted().toList());
        }
        longest("title", title, 500, problems);
        longest("issuer", issuer, 200, problems);
        longest("issued", issued, 20, problems);
        longest("url", url, 500, problems);
        return problems;
    }

    private static void longest(String field, String value, int max, List<String> problems) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(field + " is " + value.codePointCount(0, value.length()) + " characters long; at most " + max);
        }
    }
}
