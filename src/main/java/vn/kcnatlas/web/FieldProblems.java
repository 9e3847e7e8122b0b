package vn.kcnatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * The problems found in a form-like JSON body, in the order of its fields, refused all at once as a 422
 * whose {@code errors} name each field, its message and its JSON pointer.
 */
public final class FieldProblems {

    private final List<Map<String, Object>> list = new ArrayList<>();

    /** @param field the member's name, or "" for the body as a whole */
    public void add(String field, String message) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("field", field);
        member.put("message", message);
        member.put("pointer", field.isEmpty() ? "" : "/" + field);
        list.add(member);
    }

    /**
     * A string member, trimmed, of at most {@code max} characters (code points, so that a Vietnamese letter
     * counts once); null when absent, null or blank. Anything else is added as a problem of that field.
     */
    public String text(JsonNode body, String field, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            add(field, field + " is text, not " + value);
            return null;
        }
        String text = value.stringValue().strip();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            add(field, field + " is " + length + " characters long; at most " + max);
        }
        return text.isEmpty() ? null : text;
    }

    /** Adds the problems another refusal ({@link #refusal}) named, each with its field. */
    @SuppressWarnings("unchecked")
    public void addAll(ApiException refusal) {
        Object errors = refusal.details().get("errors");
        if (errors instanceof List<?> members) {
            members.forEach(m -> list.add((Map<String, Object>) m));
        } else {
            add("", refusal.getMessage());
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** @param what what was not stored, for the detail: "The report for zone kcn-tan-kieu" */
    public ApiException refusal(String title, String what) {
        String detail = what + " was not stored: "
                + String.join("; ", list.stream().map(m -> (String) m.get("message")).toList());
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, title, detail, Map.of("errors", List.copyOf(list)));
    }
}
