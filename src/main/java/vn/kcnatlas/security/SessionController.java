package vn.kcnatlas.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.web.JsonBodies;

/**
 * The browser's login: {@code GET /api/session} says who is signed in and hands out the CSRF token;
 * {@code POST /api/session} (JSON or a form, with the token) logs in and keeps the login in the session;
 * {@code DELETE /api/session} logs out (Spring Security's logout filter answers it, see
 * {@link SecurityConfiguration}).
 */
@RestController
@RequestMapping(SessionController.PATH)
@ConditionalOnWebApplication
class SessionController {

    static final String PATH = "/api/session";
    /** A login's body: a username of 32 characters and a password of 72 bytes fit many times over. */
    static final int MAX_LOGIN_BYTES = 4 * 1024;

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuthenticationManager authentication;
    private final SessionAuthenticationStrategy loginSession;
    private final SecurityContextRepository contexts;
    private final SecurityRefusals refusals;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
    private final JsonMapper json;

    SessionController(AuthenticationManager authentication, SessionAuthenticationStrategy loginSession,
            SecurityContextRepository contexts, SecurityRefusals refusals, JsonMapper json) {
        this.authentication = authentication;
        this.loginSession = loginSession;
        this.contexts = contexts;
        this.refusals = refusals;
        this.json = json;
    }

    static boolean isLoginOrLogout(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).equals(PATH);
    }

    @GetMapping
    ResponseEntity<SessionView> current(HttpServletRequest request) {
        return answer(SecurityContextHolder.getContext().getAuthentication(), request);
    }

    /**
     * The login any visitor can send, so its body is read within {@link #MAX_LOGIN_BYTES} (413 past it)
     * rather than bound whole by the JSON converter, whose only limit is a string of 100 million characters.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionView> login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonNode credentials = JsonBodies.read(request, json, MAX_LOGIN_BYTES,
                "{\"username\": …, \"password\": …}", MAX_LOGIN_BYTES / 1024 + " KB");
        return login(text(credentials, "username"), text(credentials, "password"), request, response);
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.path(member);
        return value.isString() ? value.asString() : null;
    }

    /** @param csrf read by Spring Security's CSRF filter; named here so the API takes it as a parameter */
    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<SessionView> loginWithForm(@RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(name = "_csrf", required = false) String csrf, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return login(username, password, request, response);
    }

    private ResponseEntity<SessionView> login(String username, String password, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                username == null ? "" : username, password == null ? "" : password);
        attempt.setDetails(details.buildDetails(request));
        Authentication user;
        try {
            user = authentication.authenticate(attempt);
        } catch (AuthenticationException e) {
            refusals.commence(request, response, e);
            return null;
        }
        loginSession.onAuthentication(user, request, response);
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        return answer(user, request);
    }

    /** The token of this request, read after a login replaced it. */
    private static ResponseEntity<SessionView> answer(Authentication user, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Csrf csrf = token == null ? null : new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
        boolean signedIn = user != null && !TRUST.isAnonymous(user) && user.isAuthenticated();
        List<String> roles = signedIn ? Role.namesOf(user.getAuthorities()) : List.of();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new SessionView(signedIn, signedIn ? user.getName() : null, roles, csrf));
    }

    /**
     * Who is signed in, and the CSRF token to send with every change.
     *
     * @param username null when nobody is
     */
    record SessionView(boolean authenticated, String username, List<String> roles, Csrf csrf) {
    }

    record Csrf(String headerName, String parameterName, String token) {
    }
}
