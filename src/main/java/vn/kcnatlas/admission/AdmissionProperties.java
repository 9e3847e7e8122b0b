package vn.kcnatlas.admission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of {@link Admission}.
 *
 * @param maxConcurrent requests served at once; 0 derives it from the processors (4 each)
 * @param maxQueued requests that may wait for a place; those beyond are refused at once
 * @param maxWait how long a request waits for a place before it is refused
 * @param retryAfter what a refused client is told to wait before trying again
 */
@ConfigurationProperties("kcn.admission")
public record AdmissionProperties(@DefaultValue("0") int maxConcurrent, @DefaultValue("100") int maxQueued,
        @DefaultValue("2s") Duration maxWait, @DefaultValue("1s") Duration retryAfter) {

    static final int PER_PROCESSOR = 4;

    public AdmissionProperties {
        if (maxConcurrent < 0 || maxQueued < 0 || maxWait.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("kcn.admission: max-concurrent and max-queued are 0 or more,"
                    + " max-wait and retry-after not negative (got " + maxConcurrent + ", " + maxQueued + ", "
                    + maxWait + ", " + retryAfter + ")");
        }
    }

    /** The requests served at once, derived from the processors when not configured. */
    int concurrency() {
        return maxConcurrent > 0 ? maxConcurrent : PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }
}
