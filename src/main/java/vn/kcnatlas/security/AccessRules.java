package vn.kcnatlas.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Who may do what, first match wins. Reading is open to everyone; every change under /api needs a
 * role, and a change no rule names is denied (401 without credentials, 403 with), unless nothing in the
 * application takes it at all, in which case Spring MVC answers 404 or 405. The rules name endpoints that
 * other parts of the write API bring, so that they are protected the moment they appear.
 */
final class AccessRules {

    private static final String[] EDITORS = roles(Role.PLANNER, Role.ADMIN);
    private static final String[] REPORTERS = roles(Role.OFFICIAL, Role.ADMIN);
    private static final String[] INSIDERS = roles(Role.PLANNER, Role.OFFICIAL, Role.ADMIN);
    private static final String[] ADMINS = roles(Role.ADMIN);
    private static final String[] ENQUIRY_READERS = roles(Role.ZONE_MANAGER, Role.ADMIN);
    private static final List<HttpMethod> CHANGES = List.of(POST, PUT, PATCH, DELETE);

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules,
            HandlerMappingIntrospector handlers) {
        rules
                // Error pages and forwards (the welcome page) carry on a request already let through.
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                // CORS preflights: Spring MVC answers them under web/PublicReadAccess.
                .requestMatchers(OPTIONS, "/**").permitAll()
                .requestMatchers("/api/users", "/api/users/**").hasAnyRole(ADMINS)
                .requestMatchers(POST, "/api/import").hasAnyRole(ADMINS)
                // Investors' enquiries: anyone sends one; only its zone's managers and admins read them.
                .requestMatchers(POST, "/api/zones/*/enquiries").permitAll()
                .requestMatchers("/api/enquiries", "/api/enquiries.csv", "/api/enquiries/**")
                        .hasAnyRole(ENQUIRY_READERS)
                // Any method: HEAD would otherwise pass as a read.
                .requestMatchers("/api/zones/*/history", "/api/zones/*/history/**").hasAnyRole(INSIDERS)
                .requestMatchers("/api/zones/*/reports/*/history").hasAnyRole(INSIDERS)
                .requestMatchers(POST, "/api/zones").hasAnyRole(EDITORS)
                .requestMatchers(PUT, "/api/zones/*").hasAnyRole(EDITORS)
                .requestMatchers(PATCH, "/api/zones/*").hasAnyRole(EDITORS)
                .requestMatchers(POST, "/api/zones/*/revert").hasAnyRole(EDITORS)
                .requestMatchers(POST, "/api/zones/*/markers").hasAnyRole(EDITORS)
                .requestMatchers(changes("/api/zones/*/lots/**")).hasAnyRole(EDITORS)
                .requestMatchers(POST, "/api/survey/**").hasAnyRole(EDITORS)
                .requestMatchers(changes("/api/zones/*/reports/**")).hasAnyRole(REPORTERS)
                .requestMatchers(changes("/api/targets/**", "/api/zones/*/targets/**")).hasAnyRole(REPORTERS)
                // Login, logout and the CSRF token; the CSRF filter guards the first two.
                .requestMatchers("/api/session").permitAll()
                .requestMatchers(GET, "/**").permitAll()
                .requestMatchers(HEAD, "/**").permitAll()
                // Read-only map services that answer other methods in their own exception formats.
                .requestMatchers("/wms", "/ogc", "/ogc/**").permitAll()
                .requestMatchers(new UnhandledRequests(handlers)).permitAll()
                .anyRequest().denyAll();
    }

    /** Every changing method on these paths ({@code /**} also matches the path without it). */
    private static RequestMatcher changes(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).flatMap(pattern -> CHANGES.stream()
                .map(method -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(method, pattern))).toList());
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
