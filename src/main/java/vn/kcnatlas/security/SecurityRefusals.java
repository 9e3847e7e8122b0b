package vn.kcnatlas.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import vn.kcnatlas.web.Problems;
import vn.kcnatlas.web.StoreOutage;

/**
 * Answers what Spring Security refuses as RFC 9457 problem documents, like every other error of the API:
 * 401 for no or wrong credentials, 429 with Retry-After for a throttled login, 503 with Retry-After when the
 * accounts cannot be read because the database is out of reach, 403 for a missing role or a missing CSRF
 * token.
 */
@Component
class SecurityRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private static final String BASIC_CHALLENGE = "Basic realm=\"KCN Atlas\", charset=\"UTF-8\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            Problems.write(response, 429, "Too many failed logins", "Too many failed logins for this user or from"
                    + " this address; try again in " + seconds + " s", request.getRequestURI(),
                    Map.of("retryAfter", seconds));
            return;
        }
        if (StoreOutage.causedBy(failure)) {
            StoreOutage.write(response, request.getMethod(), request.getRequestURI());
            return;
        }
        if (challenges(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        boolean triedToSignIn = !(failure instanceof InsufficientAuthenticationException);
        Problems.write(response, 401, "Unauthorized", triedToSignIn
                ? "The username or password is wrong, or the account is disabled"
                : "Sign in to do this: send HTTP Basic credentials, or log in with POST /api/session",
                request.getRequestURI(), Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            Problems.write(response, 403, "CSRF token missing or wrong", "A signed-in browser must send the CSRF"
                    + " token with every change: read it from GET /api/session (or the XSRF-TOKEN cookie) and send"
                    + " it in the " + CSRF_HEADER + " header", request.getRequestURI(), Map.of());
            return;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String name = user == null ? "?" : user.getName();
        String roles = user == null ? "" : String.join(", ", Role.namesOf(user.getAuthorities()));
        Problems.write(response, 403, "Forbidden", "'" + name + "' (roles: " + (roles.isEmpty() ? "none" : roles)
                + ") may not " + request.getMethod() + " " + request.getRequestURI(), request.getRequestURI(),
                Map.of());
    }

    /**
     * Whether to ask for HTTP Basic credentials. Browsers answer that challenge with their own password
     * dialog, so the web map's requests (marked with X-Requested-With) and its login are not challenged.
     */
    private static boolean challenges(HttpServletRequest request) {
        return request.getHeader("X-Requested-With") == null
                && !SessionController.isLoginOrLogout(request);
    }
}
