package vn.kcnatlas.web;

import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;

/**
 * Recognises failures that only mean the request could not be read: a query string or form body that
 * does not decode ({@code %zz}), more parameters than the server takes, a form body over its size limit,
 * an Accept header that is not a list of media types. They surface wherever the request is first read,
 * as exceptions of the servlet container or of Spring; they are the client's to fix, so each service
 * answers them in its own error format with a 4xx that says what was wrong, not as an incident.
 */
public final class MalformedRequests {

    /** What to answer: the status and a sentence for the client. */
    public record Refusal(HttpStatus status, String detail) {
    }

    private MalformedRequests() {
    }

    public static Optional<Refusal> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException invalid) {
                String reason = firstSentences(invalid.getMessage());
                HttpStatus status = reason.contains("too big") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
                return Optional.of(new Refusal(status, "The query string or form body could not be read: " + reason));
            }
            if (t instanceof InvalidMediaTypeException media) {
                return Optional.of(new Refusal(HttpStatus.NOT_ACCEPTABLE, "The Accept header is not a list of media"
                        + " types (" + media.getMessage() + "); send, for example, Accept: application/json"));
            }
        }
        return Optional.empty();
    }

    /** Tomcat's messages go on about debug logging after their first two sentences. */
    private static String firstSentences(String message) {
        if (message == null) {
            return "it is malformed";
        }
        int note = message.indexOf(" Note that");
        String reason = note < 0 ? message : message.substring(0, note);
        int secondEnd = reason.indexOf(". ", reason.indexOf(". ") + 1);
        return secondEnd < 0 ? reason : reason.substring(0, secondEnd + 1);
    }
}
