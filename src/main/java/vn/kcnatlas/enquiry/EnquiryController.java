package vn.kcnatlas.enquiry;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.JsonBodies;
import vn.kcnatlas.web.Problems;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * An investor's enquiry to a zone's managers: {@code POST /api/zones/{code}/enquiries}, open to anyone
 * without an account (the access rules let it through; CSRF is asked of it only when it comes with a
 * session cookie or from another site, see security/CsrfRequirement). Answered 202: it is stored for the
 * zone's managers and admins to read in their inbox, and never shown in any public answer.
 */
@RestController
class EnquiryController {

    /** 16 KB: four thousand characters of message and the other fields, in any script, fit well. */
    static final int MAX_BYTES = 16 * 1024;

    private final ZoneRepository zones;
    private final EnquiryRepository enquiries;
    private final EnquiryThrottle throttle;
    private final ClientAddresses addresses;
    private final JsonMapper json;
    private final Clock clock;

    EnquiryController(ZoneRepository zones, EnquiryRepository enquiries, EnquiryThrottle throttle,
            ClientAddresses addresses, JsonMapper json, Clock clock) {
        this.zones = zones;
        this.enquiries = enquiries;
        this.throttle = throttle;
        this.addresses = addresses;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/zones/{code}/enquiries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> send(@PathVariable String code, HttpServletRequest request) {
        if (!zones.exists(code)) {
            throw ApiException.notFound("Zone", code);
        }
        EnquiryInput input = EnquiryInput.read(JsonBodies.read(request, json, MAX_BYTES,
                "an enquiry as a JSON object", "16 KB; shorten the message"));
        // The address as the servlet sees it, which web/ForwardedHeaders takes from X-Forwarded-For.
        String address = request.getRemoteAddr();
        Optional<Duration> refused = throttle.take(address);
        if (refused.isPresent()) {
            throw new EnquiryThrottledException(refused.get());
        }
        // A robot that filled the hidden field gets the same answer as a person, so it learns nothing to
        // adapt to, and its enquiry is dropped without troubling the zone's managers.
        if (!input.isRobot()) {
            enquiries.insert(code, input, addresses.hash(address), clock.instant());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore())
                .body(Map.of("zone", code, "received", true));
    }

    @ExceptionHandler(EnquiryThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(EnquiryThrottledException e, HttpServletRequest request) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "Too many enquiries"
                + " from this address; try again in " + seconds + " s");
        problem.setTitle("Too many enquiries");
        problem.setInstance(Problems.instance(request.getRequestURI()));
        problem.setProperty("retryAfter", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                String.valueOf(seconds)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** An enquiry past the limits of its address. */
    static final class EnquiryThrottledException extends RuntimeException {

        private final Duration retryAfter;

        EnquiryThrottledException(Duration retryAfter) {
            super("Too many enquiries");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
