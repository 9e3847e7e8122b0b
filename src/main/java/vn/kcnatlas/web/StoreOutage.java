package vn.kcnatlas.web;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises failures that mean the database cannot be reached: no connection to be had within the
 * pool's timeout, a connection lost in the middle of a statement or a commit, a server shutting down or
 * starting up. They are nobody's fault in the request, and pass once the database is back (the pool
 * reconnects by itself), so every service answers them 503 with Retry-After in its own error format,
 * never as an incident. One list of what counts, one wording, one delay, for the API, the tiles, WMS, OGC
 * API and the login.
 */
public final class StoreOutage {

    /** What a client is told to wait: the pool's connection timeout (2 s) and a margin for a restart. */
    public static final long RETRY_AFTER_SECONDS = 5;
    public static final String TITLE = "Database unavailable";

    private StoreOutage() {
    }

    /** Whether the failure, or any of its causes, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A commit or rollback the connection could not carry out (a rollback after a commit lost with the
            // connection fails too, on a connection the pool has closed, and hides the commit's failure).
            if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
                return true;
            }
            // SQLSTATE class 08 is a connection exception; 57P01-57P03 are an administrator's or a crash's
            // shutdown and "cannot connect now" while the server starts.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to tell the client. A change may have been cut off as it was committed; with If-Match, sending
     * it again is safe, since a change already made is refused with 412.
     */
    public static String detail(String method) {
        String detail = "The database cannot be reached just now, so this request could not be answered; try again"
                + " in " + RETRY_AFTER_SECONDS + " s.";
        boolean change = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        return change ? detail + " If the connection was lost while the change was being committed it may have"
                + " been made: read the record before sending it again." : detail;
    }

    /** A 503 with Retry-After, for a handler to give the body of its own error format. */
    public static ResponseEntity.BodyBuilder answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    /** The RFC 9457 document of an outage, for Spring MVC's handlers. */
    public static ProblemDetail problem(String method, URI instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail(method));
        problem.setTitle(TITLE);
        problem.setInstance(instance);
        return problem;
    }

    /** Answers a request outside Spring MVC's handlers (a filter, the login) with the problem document. */
    public static void write(HttpServletResponse response, String method, String path) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, TITLE, detail(method), path, Map.of());
    }
}
