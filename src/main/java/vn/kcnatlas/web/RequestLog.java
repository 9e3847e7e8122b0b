package vn.kcnatlas.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One log line per request at INFO: method, path and query, status, duration. Headers and bodies are
 * never logged, so nothing secret (credentials, cookies) reaches the log. The lines go out through
 * {@link RequestLogAppender} (logback-request-log.xml).
 *
 * <p>A plain filter, which Spring Boot registers for the request dispatch only, not a OncePerRequestFilter:
 * that would set and remove a request attribute on every request to tell the dispatches apart, a share of
 * the cost of a cached tile (bench/notes-lean.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger("vn.kcnatlas.requests");
    private static final int MAX_TARGET_LENGTH = 300;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled()) {
                // Concatenated, not "{} {} {} {}ms": no placeholders to parse on the hottest path there is.
                log.info(request.getMethod() + " " + target(request) + " " + response.getStatus() + " "
                        + (System.nanoTime() - started) / 1_000_000 + "ms");
            }
        }
    }

    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        String target = request.getRequestURI() + (query == null ? "" : "?" + query);
        return target.length() <= MAX_TARGET_LENGTH ? target : target.substring(0, MAX_TARGET_LENGTH) + "…";
    }
}
