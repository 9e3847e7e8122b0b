package vn.kcnatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

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
