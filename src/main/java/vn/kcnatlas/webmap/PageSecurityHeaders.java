package vn.kcnatlas.webmap;

import java.io.IOException;
import java.util.StringJoiner;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for the web map's page and its own scripts, styles and texts.
 *
 * <p>The Content-Security-Policy allows scripts, styles, data and images from this server only, plus
 * images from the base map's tile server when one is configured and {@code data:} images (Leaflet's
 * placeholder for a tile it gives up; an image cannot run code). Leaflet positions and animates its
 * panes through the CSSOM ({@code element.style.transform = …}), which CSP does not govern, and the page
 * sets no style attributes in markup, so {@code style-src 'self'} holds with no {@code 'unsafe-inline'}.
 * Leaflet.draw, which planners draw boundaries with, needs nothing more: it styles through the CSSOM too,
 * its tooltips' markup (set from the page's own words) has no style attribute, and it evaluates no code.
 *
 * <p>X-Content-Type-Options and the Referrer-Policy come with every answer (web/SecurityHeaders), which
 * also sets the strict policy this one replaces for the pages.
 */
class PageSecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    PageSecurityHeaders(WebMapProperties properties) {
        this.contentSecurityPolicy = contentSecurityPolicy(properties);
    }

    static String contentSecurityPolicy(WebMapProperties properties) {
        // data: for Leaflet, which points a tile it stops loading (zoomed past) at an empty data: image.
        StringJoiner images = new StringJoiner(" ").add("'self'").add("data:");
        properties.basemapOrigin().ifPresent(images::add);
        return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src " + images,
                "connect-src 'self'", "font-src 'self'", "object-src 'none'", "base-uri 'none'",
                "form-action 'self'", "frame-ancestors 'none'");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        chain.doFilter(request, response);
    }
}
