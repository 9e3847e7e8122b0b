package vn.kcnatlas.zone;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A zone's history: its versions, newest first, with who changed what, when and why. */
@RestController
class ZoneHistoryController {

    private final ZoneHistory history;
    private final JsonMapper json;

    ZoneHistoryController(ZoneHistory history, JsonMapper json) {
        this.history = history;
        this.json = json;
    }

    @GetMapping("/api/zones/{code}/history")
    ResponseEntity<byte[]> history(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsBytes(Map.of("zone", code, "versions", history.versions(code))));
    }
}
