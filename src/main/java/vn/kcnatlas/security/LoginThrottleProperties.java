package vn.kcnatlas.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are slowed and then refused ({@code kcn.security.login}).
 *
 * @param maxFailuresPerUser failures of one username within {@code window} after which it is refused
 * @param maxFailuresPerAddress the same for one client address, which many users may share behind a NAT
 * @param failuresBeforeDelay failures (of the user or the address) after which each further failure is
 *        answered only after {@code failureDelay}
 * @param window how long failures are counted, from the first
 * @param lockout how long a username or address is refused once it reached its maximum
 */
@ConfigurationProperties("kcn.security.login")
record LoginThrottleProperties(int maxFailuresPerUser, int maxFailuresPerAddress, int failuresBeforeDelay,
        Duration failureDelay, Duration window, Duration lockout) {
}
