package vn.kcnatlas.map.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server-side cache of rendered output: tiles, vector tiles and WMS images.
 *
 * @param enabled false to render every request afresh (for benchmarks); HTTP validators stay on
 * @param maxSize the most memory the cached bytes may take
 */
@ConfigurationProperties("kcn.tile-cache")
public record RenderCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("256MB") DataSize maxSize) {
}
