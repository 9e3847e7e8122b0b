package vn.kcnatlas.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request at INFO: method, path and query, status, duration. Headers and bodies are
 * never logged, so nothing secret (credentials, cookies) reaches the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("vn.kcnatlas.requests");
    private static final int MAX_TARGET_LENGTH = 300;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
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
