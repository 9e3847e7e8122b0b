package vn.kcnatlas.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password, because of too many failures before it. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
