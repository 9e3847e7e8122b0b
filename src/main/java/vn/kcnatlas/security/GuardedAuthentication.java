package vn.kcnatlas.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.kcnatlas.web.StoreOutage;

/**
 * Every password check, from HTTP Basic and from the browser's login alike, goes through here: refused
 * while its username or address is throttled, counted when it fails, and written to the audit log.
 */
final class GuardedAuthentication implements AuthenticationManager {

    private final AuthenticationManager passwordCheck;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    GuardedAuthentication(AuthenticationManager passwordCheck, LoginThrottle throttle, AuditLog audit) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        Optional<Duration> refused = throttle.refusal(username, address);
        if (refused.isPresent()) {
            audit.loginRefused(username, address, refused.get());
            throw new LoginThrottledException(refused.get());
        }
        try {
            Authentication authenticated = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            audit.loginSucceeded(authenticated.getName(), address);
            return authenticated;
        } catch (AuthenticationException e) {
            if (StoreOutage.causedBy(e)) {
                throw e; // the password could not be checked: not a failed login, and the refusal says why
            }
            Duration delay = throttle.failed(username, address);
            audit.loginFailed(username, address, reason(e));
            pause(delay);
            throw e;
        }
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : "unknown";
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "bad credentials";
        }
        return e instanceof DisabledException ? "account disabled" : e.getClass().getSimpleName();
    }

    /** Slows a guesser down; the thread waits, so the delay stays short (see kcn.security.login). */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
