package vn.kcnatlas.admission;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.kcnatlas.web.Problems;
import vn.kcnatlas.web.ServerBusyException;

/**
 * Every request takes a place from {@link Admission} before anything else works on it, and a refused
 * one is answered 503 with Retry-After and a problem document straight away. Two kinds pass by: tiles,
 * which map/tile/TileEndpoint answers ahead of this filter, a cached one in microseconds, taking a place
 * only to draw one; and the health check, so a load balancer sees the server alive while it is busy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AdmissionFilter extends OncePerRequestFilter {

    private static final String HEALTH = "/actuator/health";

    private final Admission admission;

    AdmissionFilter(Admission admission) {
        this.admission = admission;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + HEALTH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Admission.Permit permit;
        try {
            permit = admission.enter();
        } catch (ServerBusyException busy) {
            response.setHeader(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds());
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Server busy", busy.getMessage(),
                    request.getRequestURI(), Map.of());
            return;
        }
        try (permit) {
            chain.doFilter(request, response);
        }
    }
}
