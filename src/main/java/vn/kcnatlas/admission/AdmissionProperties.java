package vn.kcnatlas.admission;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of {@link Admission}.
 *
 * @param maxConcurrent requests served at once; 0 derives it: 4 per processor, at most the connection pool's size
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

    /**
     * The requests served at once. Derived, it is no more than the database's connections: a request that
     * waited for one beyond the pool's connection timeout would be refused as if the database were down.
     */
    int concurrency(int poolSize) {
        return maxConcurrent > 0 ? maxConcurrent
                : Math.min(poolSize, PER_PROCESSOR * Runtime.getRuntime().availableProcessors());
    }
}
