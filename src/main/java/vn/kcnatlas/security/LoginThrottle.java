package vn.kcnatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username and per client address. Past a few failures each further one is
 * answered slowly; at the maximum the username or address is refused for a while, whatever password it
 * sends. A successful login clears its username's count; an address's count runs out with its window,
 * so that one account's success cannot hide guesses at others from the same address.
 *
 * <p>Counts live in this process, bounded in number: several instances each count their own.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> byUser = tracked();
    private final ConcurrentMap<String, Failures> byAddress = tracked();

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long logins of this username or from this address are still refused, if they are. */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(byUser.get(userKey(username)), byAddress.get(address))
                .map(failures -> failures == null ? Duration.ZERO : failures.lockedFor(now))
                .filter(left -> left.isPositive()).max(Duration::compareTo);
    }

    /**
     * Counts a failure.
     *
     * @return how long to wait before answering it: zero for the first few
     */
    Duration failed(String username, String address) {
        Instant now = clock.instant();
        Failures user = byUser.compute(userKey(username),
                (key, failures) -> Failures.after(failures, now, limits.window()).locked(limits.maxFailuresPerUser(),
                        now, limits.lockout()));
        Failures fromAddress = byAddress.compute(address,
                (key, failures) -> Failures.after(failures, now, limits.window())
                        .locked(limits.maxFailuresPerAddress(), now, limits.lockout()));
        int worst = Math.max(user.count(), fromAddress.count());
        return worst > limits.failuresBeforeDelay() ? limits.failureDelay() : Duration.ZERO;
    }

    void succeeded(String username) {
        byUser.remove(userKey(username));
    }

    /** Usernames are lowercase; "Admin" and "admin" are one name to guess at. */
    private static String userKey(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static ConcurrentMap<String, Failures> tracked() {
        return Caffeine.newBuilder().maximumSize(MAX_TRACKED).<String, Failures>build().asMap();
    }

    /** Failures counted since {@code since}, and the end of a refusal, if any. */
    private record Failures(int count, Instant since, Instant lockedUntil) {

        /** The count with one more failure at {@code now}: a new window once the last one or its refusal ended. */
        static Failures after(Failures previous, Instant now, Duration window) {
            if (previous == null || previous.expired(now, window)) {
                return new Failures(1, now, null);
            }
            return new Failures(previous.count + 1, previous.since, previous.lockedUntil);
        }

        Failures locked(int maxFailures, Instant now, Duration lockout) {
            return count >= maxFailures && lockedUntil == null ? new Failures(count, since, now.plus(lockout)) : this;
        }

        Duration lockedFor(Instant now) {
            return lockedUntil == null ? Duration.ZERO : Duration.between(now, lockedUntil);
        }

        private boolean expired(Instant now, Duration window) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(since.plus(window));
        }
    }
}
