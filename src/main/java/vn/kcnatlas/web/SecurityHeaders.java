package vn.kcnatlas.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every answer, whatever sends it: the API, the map services, error documents,
 * tiles (whose filter answers ahead of this one and writes them itself), and the connector's own refusals
 * (ConnectorErrors writes them too, since no filter runs for those).
 *
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a problem document or a GeoJSON answer echoing what a
 * client sent is never sniffed into HTML.</li>
 * <li>{@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}: no answer but a page
 * runs anything or may be framed; the web map's pages replace it with their own policy
 * (webmap/PageSecurityHeaders), which has the same frame-ancestors.</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin}: the browsers' default written out, so only
 * the origin leaves this server (tile servers such as OpenStreetMap's require a Referer naming the
 * site).</li>
 * </ul>
 *
 * <p>No Server header is written (Tomcat sends none unless {@code server.server-header} is set), and
 * error documents name no software or version.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {

    /** The policy of everything that is not a page: nothing runs, nothing frames it. */
    public static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    /** Writes the headers every answer carries; a page then sets its own Content-Security-Policy. */
    public static void write(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        write(response);
                        chain.doFilter(request, response);
                    }
                });
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        // Behind the forwarded headers' check and the tile filter (HIGHEST_PRECEDENCE + 1), ahead of the rest.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
