package vn.kcnatlas.webmap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web map's base map: an XYZ tile URL template, shown under our own layers with its attribution.
 * An empty URL switches the base map off, and then the page asks nothing of any other server.
 *
 * @param basemapUrl a Leaflet URL template such as {@code https://{s}.tile.example.org/{z}/{x}/{y}.png},
 *     or a path on this server starting with '/'; empty for no base map
 * @param basemapAttribution the credit the tile provider requires, as plain text
 * @param basemapAttributionUrl where the credit links to; empty for no link
 * @param basemapMaxZoom the deepest zoom the provider serves
 */
@ConfigurationProperties("kcn.web")
public record WebMapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String basemapUrl,
        @DefaultValue("© OpenStreetMap contributors") String basemapAttribution,
        @DefaultValue("https://www.openstreetmap.org/copyright") String basemapAttributionUrl,
        @DefaultValue("19") int basemapMaxZoom) {

    private static final Pattern ABSOLUTE = Pattern.compile("(https?)://([^/?#]+)([/?#].*)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    public WebMapProperties {
        basemapUrl = basemapUrl == null ? "" : basemapUrl.strip();
        if (!basemapUrl.isEmpty()) {
            checkTemplate(basemapUrl);
        }
    }

    public boolean basemapEnabled() {
        return !basemapUrl.isEmpty();
    }

    /**
     * The CSP source expression for the tile server, such as {@code https://*.tile.example.org}; empty
     * when there is no base map or it comes from this server.
     */
    public Optional<String> basemapOrigin() {
        Matcher url = ABSOLUTE.matcher(basemapUrl);
        if (!url.matches()) {
            return Optional.empty();
        }
        // CSP allows a wildcard only as the leftmost label, which is where {s} subdomains go.
        String host = url.group(2);
        String leftmost = host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.'));
        if (PLACEHOLDER.matcher(leftmost).find()) {
            host = "*" + host.substring(leftmost.length());
        }
        return Optional.of(url.group(1) + "://" + host);
    }

    private static void checkTemplate(String template) {
        Matcher url = ABSOLUTE.matcher(template);
        if (!url.matches() && !template.startsWith("/")) {
            throw new IllegalArgumentException("kcn.web.basemap-url must be an http(s) URL template or a path on"
                    + " this server starting with '/', got '" + template + "'");
        }
        if (url.matches()) {
            String host = url.group(2);
            int firstDot = host.indexOf('.');
            if (firstDot >= 0 && PLACEHOLDER.matcher(host.substring(firstDot)).find()) {
                throw new IllegalArgumentException("kcn.web.basemap-url may use a placeholder such as {s} only in"
                        + " the first label of its host name, got '" + template + "'");
            }
        }
        boolean hasY = template.contains("{y}") || template.contains("{-y}");
        if (!template.contains("{z}") || !template.contains("{x}") || !hasY) {
            throw new IllegalArgumentException("kcn.web.basemap-url must hold {z}, {x} and {y}, got '" + template
                    + "'");
        }
    }
}
