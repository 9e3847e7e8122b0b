package vn.kcnatlas.map.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server-side cache of rendered output: tiles, vector tiles and WMS images, and how long shared
 * caches in front of the server may keep them.
 *
 * @param enabled false to render every request afresh (for benchmarks); HTTP validators stay on
 * @param maxSize the most memory the cached bytes may take
 * @param sharedMaxAge how long a shared cache (a CDN or caching proxy in front of the instances) may serve
 *     rendered output without asking again ({@code s-maxage}); zero, the default, makes every cache
 *     revalidate every time, so that no one sees a map older than the last change
 */
@ConfigurationProperties("kcn.tile-cache")
public record RenderCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("256MB") DataSize maxSize,
        @DefaultValue("0s") Duration sharedMaxAge) {
}
