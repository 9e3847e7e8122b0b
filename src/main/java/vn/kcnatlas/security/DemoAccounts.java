package vn.kcnatlas.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's accounts, one per role, with the passwords the README gives, so that
 * anyone trying the local demo can sign in. Reset on every start; never on without the profile.
 */
@Component
@Profile("demo")
@Order(1)
@ConditionalOnWebApplication
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** Documented in the README; anyone can read them, which is why they exist only in the demo. */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("planner", "planner-demo", Role.PLANNER),
            new DemoAccount("official", "official-demo", Role.OFFICIAL),
            new DemoAccount("admin", "admin-demo", Role.ADMIN));

    private final AccountService accounts;
    private final AuditLog audit;

    DemoAccounts(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            boolean created = accounts.ensure(demo.username(), demo.password(), Set.of(demo.role()));
            audit.accountEnsured(demo.username(), created, "demo profile");
        }
        log.warn("DEMO ACCOUNTS: the demo profile set up the accounts {} with the passwords published in the README."
                + " Anyone can sign in with them. Never run the demo profile in production.",
                ACCOUNTS.stream().map(DemoAccount::username).toList());
    }

    record DemoAccount(String username, String password, Role role) {
    }
}
