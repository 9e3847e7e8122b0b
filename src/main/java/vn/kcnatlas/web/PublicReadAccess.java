package vn.kcnatlas.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets web maps on other sites read the registry and the map services (CORS), as GIS servers that
 * publish open data do: the API, WMS, TileJSON and OGC API Features answer GET and HEAD to any origin,
 * without credentials. Nothing here writes, so nothing more is allowed. The tiles themselves are
 * answered ahead of Spring MVC and say the same (map/tile/TileEndpoint).
 */
@Configuration
class PublicReadAccess implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/api/**", "/wms", "/tiles/**", "/ogc", "/ogc/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false)
                    .exposedHeaders("ETag", "Link").maxAge(86_400);
        }
    }
}
