package vn.kcnatlas.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with what a client needs to fix it. The handler turns it into an RFC 9457
 * problem document.
 *
 * @see ApiExceptionHandler
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> details;

    public ApiException(HttpStatus status, String title, String detail, Map<String, Object> details) {
        super(detail);
        this.status = status;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    /** A query or form parameter that cannot be used, named so the client knows which. */
    public static ApiException badParameter(String parameter, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid parameter", detail, Map.of("parameter", parameter));
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " not found", "There is no " + what.toLowerCase(java.util.Locale.ROOT)
                + " '" + id + "'", Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Extra members for the problem document, such as the offending parameter. */
    public Map<String, Object> details() {
        return details;
    }
}
