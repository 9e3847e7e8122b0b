package vn.kcnatlas.enquiry;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes enquiries older than {@code kcn.enquiries.retention}, as the consent text promises, at start and
 * every hour after, so none outlives its period by more than an hour.
 */
@Component
class EnquiryRetention {

    private static final Logger log = LoggerFactory.getLogger(EnquiryRetention.class);

    private final EnquiryRepository enquiries;
    private final EnquiryProperties properties;
    private final Clock clock;

    EnquiryRetention(EnquiryRepository enquiries, EnquiryProperties properties, Clock clock) {
        this.enquiries = enquiries;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many were deleted */
    @Scheduled(initialDelay = 0, fixedDelayString = "PT1H")
    int deleteExpired() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int deleted = enquiries.deleteCreatedBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} enquiries sent before {}, past their retention of {}", deleted, cutoff,
                    properties.retention());
        }
        return deleted;
    }
}
