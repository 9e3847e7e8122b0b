package vn.kcnatlas.enquiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Counts enquiries per client address in two fixed windows, a minute and a day, and refuses one past
 * either limit until its window ends. Counting and deciding is one atomic step per address, so of many
 * enquiries at once exactly the limit gets through.
 *
 * <p>Unlike security/LoginThrottle, which counts failures to slow down password guessing and locks an
 * account out, this counts accepted requests; counts live in this process, bounded in number.
 */
@Component
class EnquiryThrottle {

    private static final int MAX_TRACKED = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final EnquiryProperties limits;
    private final Clock clock;
    private final ConcurrentMap<String, Counts> byAddress =
            Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(DAY).<String, Counts>build().asMap();

    EnquiryThrottle(EnquiryProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Counts one enquiry from this address, unless it is past a limit.
     *
     * @return empty when it is counted; otherwise how long until the address may send again
     */
    Optional<Duration> take(String address) {
        Instant now = clock.instant();
        Duration[] refusal = new Duration[1];
        byAddress.compute(address, (key, previous) -> {
            Counts counts = (previous == null ? Counts.NONE : previous).at(now);
            refusal[0] = counts.refusal(now, limits);
            return refusal[0] == null ? counts.plusOne() : counts;
        });
        return Optional.ofNullable(refusal[0]);
    }

    /** Enquiries counted since the start of the current minute and day windows. */
    private record Counts(Instant minuteStart, int inMinute, Instant dayStart, int inDay) {

        static final Counts NONE = new Counts(Instant.MIN, 0, Instant.MIN, 0);

        /** The counts with the windows that ended by {@code now} started afresh. */
        Counts at(Instant now) {
            boolean newMinute = !now.isBefore(minuteStart.plus(MINUTE));
            boolean newDay = !now.isBefore(dayStart.plus(DAY));
            return new Counts(newMinute ? now : minuteStart, newMinute ? 0 : inMinute, newDay ? now : dayStart,
                    newDay ? 0 : inDay);
        }

        /** How long the address must wait, or null when it may send now. */
        Duration refusal(Instant now, EnquiryProperties limits) {
            if (inDay >= limits.perDay()) {
                return Duration.between(now, dayStart.plus(DAY));
            }
            return inMinute >= limits.perMinute() ? Duration.between(now, minuteStart.plus(MINUTE)) : null;
        }

        Counts plusOne() {
            return new Counts(minuteStart, inMinute + 1, dayStart, inDay + 1);
        }
    }
}
