package vn.kcnatlas.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the admin named by KCN_ADMIN_USER with the password KCN_ADMIN_PASSWORD when the server starts,
 * or resets that account's password and makes it an enabled admin again: the way in on a new store, and
 * back in after a lost password. Runs after the demo accounts, so that the environment wins a name they
 * share.
 */
@Component
@Order(2)
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AdminProperties admin;
    private final AccountService accounts;
    private final AuditLog audit;

    FirstAdmin(AdminProperties admin, AccountService accounts, AuditLog audit) {
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (admin.partlyGiven()) {
            log.warn("Only one of KCN_ADMIN_USER and KCN_ADMIN_PASSWORD is set; no admin account is set up");
            return;
        }
        if (!admin.given()) {
            return;
        }
        boolean created;
        try {
            created = accounts.ensure(admin.username(), admin.password(), Set.of(Role.ADMIN));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("KCN_ADMIN_USER / KCN_ADMIN_PASSWORD: " + e.getMessage(), e);
        }
        audit.accountEnsured(admin.username(), created, "KCN_ADMIN_USER");
        log.info(created ? "Admin account '{}' created from KCN_ADMIN_USER and KCN_ADMIN_PASSWORD"
                : "Admin account '{}': password reset from KCN_ADMIN_PASSWORD, ADMIN role and enabled ensured",
                admin.username());
    }
}
