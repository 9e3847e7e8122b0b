package vn.kcnatlas.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry the CSRF token: changes that a browser could be tricked into sending with
 * credentials it holds. That is the login and logout themselves, and any change sent with a session
 * cookie or by a browser from another site (which may hold HTTP Basic credentials the user once typed).
 * An API client sending its own Authorization header, or a request with no credentials at all, needs no
 * token: the one gets through on its credentials, the other is answered 401.
 */
final class CsrfRequirement implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Sec-Fetch-Site values of requests a page of this server sent, or the user typed. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return SessionController.isLoginOrLogout(request) || request.getRequestedSessionId() != null
                || (fetchSite != null && !OWN_SITE.contains(fetchSite));
    }
}
