package vn.kcnatlas.clearance;

import java.time.Clock;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.kcnatlas.web.AsOfParameter;

/** {@code GET /api/stats/clearance?asOf=}: the zones by clearance status, with how long each has been in it. */
@RestController
class ClearanceController {

    private final ClearanceDurations durations;
    private final Clock clock;

    ClearanceController(ClearanceDurations durations, Clock clock) {
        this.durations = durations;
        this.clock = clock;
    }

    @GetMapping("/api/stats/clearance")
    List<ClearanceRow> clearance(@RequestParam(required = false) String asOf) {
        return durations.asOf(AsOfParameter.parse("asOf", asOf, clock));
    }
}
