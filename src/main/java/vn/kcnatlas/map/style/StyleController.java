package vn.kcnatlas.map.style;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Serves the map styles to the web map and other clients. */
@RestController
class StyleController {

    private final MapStyles styles;

    StyleController(MapStyles styles) {
        this.styles = styles;
    }

    @GetMapping("/api/styles")
    ResponseEntity<MapStyles.Document> styles() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(styles.document());
    }
}
