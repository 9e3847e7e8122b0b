package vn.kcnatlas.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets web maps on other sites read the registry and the map services (CORS), as GIS servers that
 * publish open data do: the API, WMS, TileJSON and OGC API Features answer GET and HEAD to any origin,
 * without credentials. Nothing here writes, so nothing more is allowed. The tiles themselves are
 * answered ahead of Spring MVC, by map/tile/TileEndpoint, under the same {@link #rule()}.
 */
@Configuration
public class PublicReadAccess implements WebMvcConfigurer {

    /** The CORS rule of every public read. */
    public static CorsConfiguration rule() {
        CorsConfiguration rule = new CorsConfiguration();
        rule.addAllowedOrigin("*");
        rule.setAllowedMethods(List.of("GET", "HEAD"));
        rule.setAllowCredentials(false);
        rule.setExposedHeaders(List.of("ETag", "Link"));
        rule.setMaxAge(86_400L);
        return rule;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/**", "/wms", "/tiles/**", "/ogc", "/ogc/**"}) {
            registry.addMapping(path).combine(rule());
        }
    }
}
