package vn.kcnatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.support.MovableClock;

/** Counting failed logins, on a clock the test moves. */
class LoginThrottleTest {

    private static final Duration DELAY = Duration.ofMillis(500);

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, 20, 3, DELAY,
            Duration.ofMinutes(15), Duration.ofMinutes(5)), clock);

    @Test
    void answersSlowlyAfterThreeFailuresAndRefusesAfterFive() {
        assertThat(throttle.failed("lan", "10.0.0.1")).isZero();
        assertThat(throttle.failed("lan", "10.0.0.2")).isZero();
        assertThat(throttle.failed("lan", "10.0.0.3")).isZero();
        assertThat(throttle.refusal("lan", "10.0.0.9")).isEmpty();
        assertThat(throttle.failed("LAN", "10.0.0.4")).isEqualTo(DELAY);
        assertThat(throttle.failed("lan", "10.0.0.5")).isEqualTo(DELAY);

        assertRefusedForAboutFiveMinutes(throttle.refusal("lan", "10.0.0.9"));
        assertThat(throttle.refusal("Lan", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("minh", "10.0.0.9")).isEmpty();
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.refusal("lan", "10.0.0.9")).hasValueSatisfying(left ->
                assertThat(left).isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal("lan", "10.0.0.9")).isEmpty();
        assertThat(throttle.failed("lan", "10.0.0.9")).as("a new window").isZero();
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("hoa", "10.0.1." + i);
        }
        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.failed("hoa", "10.0.1.9")).isZero();
        assertThat(throttle.refusal("hoa", "10.0.1.9")).isEmpty();
    }

    @Test
    void successClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user-" + (i % 4), "10.0.2.1");
        }
        throttle.succeeded("user-0");
        throttle.succeeded("user-1");
        throttle.succeeded("user-2");
        throttle.succeeded("user-3");
        assertThat(throttle.refusal("user-0", "10.0.2.1")).isEmpty();

        throttle.failed("user-0", "10.0.2.1");

        assertRefusedForAboutFiveMinutes(throttle.refusal("anyone", "10.0.2.1"));
        assertThat(throttle.refusal("user-0", "10.0.2.2")).isEmpty();
    }

    /** The clock runs on between the failure and the question. */
    private static void assertRefusedForAboutFiveMinutes(Optional<Duration> refusal) {
        assertThat(refusal).hasValueSatisfying(left ->
                assertThat(left).isBetween(Duration.ofMinutes(5).minusSeconds(1), Duration.ofMinutes(5)));
    }
}
