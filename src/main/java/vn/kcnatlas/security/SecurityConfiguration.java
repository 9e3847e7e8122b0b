package vn.kcnatlas.security;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import vn.kcnatlas.web.Problems;

/**
 * Spring Security for the web server: HTTP Basic for API clients, without a session; a session cookie
 * and a CSRF token for the browser, which logs in and out at {@code /api/session} and whose login follows
 * its account ({@link SessionAccountCheck}); the access rules of
 * {@link AccessRules}; refusals as problem documents ({@link SecurityRefusals}).
 *
 * <p>The tiles stay outside all of it: map/tile/TileEndpoint is a servlet filter ordered well ahead of
 * Spring Security's filter chain ({@code spring.security.filter.order}, -100), and it answers every tile
 * request itself, so the hottest path never pays for the chain. Tiles are public and read-only anyway.
 *
 * <p>Headers: web/SecurityHeaders writes X-Content-Type-Options, a Content-Security-Policy and the
 * Referrer-Policy on every answer, tiles and refusals included, and webmap/PageSecurityHeaders the
 * pages' own policy, whose frame-ancestors replaces X-Frame-Options; Spring Security adds HSTS over
 * HTTPS. Its Cache-Control is off: the public reads set their own caching and validators, and the
 * answers that hold private data ({@code /api/users}, {@code /api/session}) say no-store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
            SecurityRefusals refusals, CookieCsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
            HandlerMappingIntrospector handlers, AuditLog audit, AccountRepository accounts,
            @Value("${server.servlet.session.cookie.name}") String sessionCookie) throws Exception {
        return http
                .authenticationManager(authentication)
                .authorizeHttpRequests(rules -> AccessRules.apply(rules, handlers))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(new CsrfRequirement()))
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterAfter(new SessionAccountCheck(accounts, contexts, audit), SecurityContextHolderFilter.class)
                // A 401 must not open a session just to remember the request for after a login page.
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.DELETE,
                                SessionController.PATH))
                        .addLogoutHandler((request, response, user) -> {
                            if (user != null) {
                                audit.loggedOut(user.getName(), request.getRemoteAddr());
                            }
                        })
                        .deleteCookies(sessionCookie)
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                // HSTS without includeSubDomains: the server may run beside other sites of its domain.
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentTypeOptions(options -> options.disable())
                        .frameOptions(frames -> frames.disable())
                        .xssProtection(xss -> xss.disable())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false)))
                .build();
    }

    /**
     * A URL Spring Security's firewall refuses (a {@code ;}, an encoded {@code %} or {@code .}, a
     * backslash…) is a 400 problem document that says which rule it broke, like every other refusal.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> Problems.write(response, 400, "Malformed request",
                rejected.getMessage() + "; the server takes plain paths only", request.getRequestURI(), Map.of());
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwords,
            LoginThrottle throttle, AuditLog audit) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwords);
        return new GuardedAuthentication(new ProviderManager(passwordCheck), throttle, audit);
    }

    /**
     * No Micrometer observations of the filter chain, logins or access decisions: wrapping each of the chain's
     * filters in an observation took some 6 % of the CPU under bench/load (RELIABILITY.md), and nothing reads
     * them; RequestLog logs each request and AuditLog each login.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The token in a cookie the web map's scripts can read, sent back in a header (double submit). */
    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        tokens.setHeaderName(SecurityRefusals.CSRF_HEADER);
        return tokens;
    }

    /** HTTP Basic keeps the login to its request; the browser's login is kept in its session. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** At the browser's login: a new session id (against session fixation) and a new CSRF token. */
    @Bean
    SessionAuthenticationStrategy loginSessionStrategy(CookieCsrfTokenRepository csrfTokens) {
        CsrfAuthenticationStrategy newToken = new CsrfAuthenticationStrategy(csrfTokens);
        newToken.setRequestHandler(new CsrfTokenRequestAttributeHandler());
        return new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(), newToken));
    }
}
