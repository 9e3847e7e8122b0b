package vn.kcnatlas.webmap;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web map needs to know before it draws: for now, its base map. */
@RestController
class WebMapConfigController {

    private final WebMapProperties properties;

    WebMapConfigController(WebMapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/config")
    ResponseEntity<WebMapConfig> config() {
        Basemap basemap = properties.basemapEnabled()
                ? new Basemap(properties.basemapUrl(), properties.basemapAttribution(),
                        emptyToNull(properties.basemapAttributionUrl()), properties.basemapMaxZoom())
                : null;
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(new WebMapConfig(basemap));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** @param basemap null when the base map is off */
    record WebMapConfig(Basemap basemap) {
    }

    record Basemap(String url, String attribution, String attributionUrl, int maxZoom) {
    }
}
