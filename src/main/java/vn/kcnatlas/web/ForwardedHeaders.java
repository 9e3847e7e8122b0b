package vn.kcnatlas.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriUtils;

/**
 * Honours X-Forwarded-Host, -Proto, -Port and -Prefix from a reverse proxy, so that capabilities,
 * TileJSON and links carry the public URLs (Spring's ForwardedHeaderFilter, in place of the one
 * {@code server.forward-headers-strategy=framework} would register). Malformed headers, a prefix that
 * does not decode, a port that is not a number, a host with a path in it or a scheme other than http
 * and https, are refused with 400 and a problem document that names the header, instead of failing
 * inside the filter as a 500 or writing links no client can follow.
 */
@Configuration
class ForwardedHeaders {

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaderFilter() {
        FilterRegistrationBean<ForwardedHeaderFilter> registration =
                new FilterRegistrationBean<>(new CheckedForwardedHeaderFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class CheckedForwardedHeaderFilter extends ForwardedHeaderFilter {

        private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String problem = malformed(request);
            if (problem == null) {
                super.doFilterInternal(request, response, chain);
                return;
            }
            Problems.write(response, 400, "Malformed forwarded header", problem, null, Map.of());
        }

        /** What is wrong with the forwarded headers, or null when they are well formed or absent. */
        private static String malformed(HttpServletRequest request) {
            String prefix = request.getHeader("X-Forwarded-Prefix");
            if (prefix != null) {
                try {
                    UriUtils.decode(prefix, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "X-Forwarded-Prefix '" + prefix + "' is not a URL path: " + e.getMessage();
                }
            }
            try {
                URI adapted = ForwardedHeaderUtils.adaptFromForwardedHeaders(
                        URI.create(request.getRequestURL().toString()),
                        new ServletServerHttpRequest(request).getHeaders()).build().toUri();
                return WEB_SCHEMES.contains(adapted.getScheme()) ? null : "The X-Forwarded-Proto or Forwarded"
                        + " headers name the scheme '" + adapted.getScheme() + "'; this server answers http or https";
            } catch (IllegalArgumentException | IllegalStateException e) {
                // IllegalStateException: the parts make no URI, e.g. a host with a path in it.
                return "The X-Forwarded-* or Forwarded headers do not make a URL: " + e.getMessage();
            }
        }
    }
}
