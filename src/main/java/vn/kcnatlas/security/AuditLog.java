package vn.kcnatlas.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One line per login, failed login, logout and account change, under the logger {@value #LOGGER}, with
 * who and from which address. Passwords, hashes and session ids are never written; a name tried at a
 * failed login is written only when it could be a username, since people type passwords into the
 * wrong field.
 */
@Component
class AuditLog {

    static final String LOGGER = "vn.kcnatlas.audit";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    void loginSucceeded(String username, String address) {
        log.info("login ok user={} address={}", username, address);
    }

    void loginFailed(String attempted, String address, String reason) {
        log.warn("login failed user={} address={} reason={}", shown(attempted), address, reason);
    }

    void loginRefused(String attempted, String address, Duration retryAfter) {
        log.warn("login refused user={} address={} reason=too many failures retryAfter={}s", shown(attempted),
                address, retryAfter.toSeconds());
    }

    void loggedOut(String username, String address) {
        log.info("logout user={} address={}", username, address);
    }

    /** A browser's login ended because its account was disabled or deleted. */
    void sessionEnded(String username, String address) {
        log.info("session ended user={} address={} reason=account disabled or deleted", username, address);
    }

    void accountCreated(Account account, Actor actor) {
        log.info("account created user={} roles={} enabled={} by={} address={}", account.username(), account.roles(),
                account.enabled(), actor.username(), actor.address());
    }

    void accountChanged(AccountService.Change change, boolean passwordChanged, Actor actor) {
        List<String> what = new ArrayList<>();
        if (passwordChanged) {
            what.add("password");
        }
        if (!change.before().roles().equals(change.after().roles())) {
            what.add("roles " + change.before().roles() + "->" + change.after().roles());
        }
        if (change.before().enabled() != change.after().enabled()) {
            what.add("enabled " + change.before().enabled() + "->" + change.after().enabled());
        }
        log.info("account changed user={} changes={} by={} address={}", change.after().username(), what,
                actor.username(), actor.address());
    }

    void accountDeleted(String username, Actor actor) {
        log.info("account deleted user={} by={} address={}", username, actor.username(), actor.address());
    }

    /** An account set up at startup (the first admin, the demo accounts). */
    void accountEnsured(String username, boolean created, String source) {
        log.info("account {} user={} by={}", created ? "created" : "password reset", username, source);
    }

    private static String shown(String attempted) {
        return attempted != null && AccountRules.USERNAME.matcher(attempted).matches() ? attempted
                : "(not a username)";
    }
}
