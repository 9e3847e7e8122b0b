package vn.kcnatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.web.ApiException;

/** What the account store must do on every store: H2GIS and PostGIS, the same SQL, the same answers. */
abstract class AccountStoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    protected DataSource dataSource;
    protected JdbcClient jdbc;
    protected AccountRepository repository;
    protected AccountService accounts;

    protected abstract DataSource freshDatabase();

    @BeforeEach
    void openStore() {
        dataSource = freshDatabase();
        jdbc = JdbcClient.create(dataSource);
        repository = new AccountRepository(jdbc);
        accounts = new AccountService(repository, PASSWORDS,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void keepsAnAccountWithItsRolesAndOnlyAHashOfItsPassword() {
        accounts.create(new NewAccount("lan.tran", "mật khẩu của Lan", Set.of(Role.OFFICIAL, Role.PLANNER), true));

        Account stored = accounts.get("lan.tran");
        assertThat(stored.roles()).containsExactly(Role.PLANNER, Role.OFFICIAL);
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(T0);
        String hash = repository.passwordHash("lan.tran").orElseThrow();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("mật khẩu");
        assertThat(PASSWORDS.matches("mật khẩu của Lan", hash)).isTrue();
        assertThat(repository.findAll()).extracting(Account::username).containsExactly("lan.tran");
    }

    @Test
    void aChangeKeepsWhatItDoesNotName() {
        accounts.create(new NewAccount("minh", "first-password", Set.of(Role.PLANNER), true));
        String firstHash = repository.passwordHash("minh").orElseThrow();

        AccountService.Change change = accounts.update("minh",
                new AccountPatch(Optional.empty(), Optional.of(Set.of(Role.OFFICIAL)), Optional.empty()));
        assertThat(change.before().roles()).containsExactly(Role.PLANNER);
        assertThat(accounts.get("minh").roles()).containsExactly(Role.OFFICIAL);
        assertThat(repository.passwordHash("minh")).hasValue(firstHash);

        accounts.update("minh", new AccountPatch(Optional.of("second-password"), Optional.empty(), Optional.of(false)));
        Account changed = accounts.get("minh");
        assertThat(changed.roles()).containsExactly(Role.OFFICIAL);
        assertThat(changed.enabled()).isFalse();
        assertThat(PASSWORDS.matches("second-password", repository.passwordHash("minh").orElseThrow())).isTrue();
    }

    @Test
    void theStoreRefusesWhatTheRulesRefuseEvenWhenTheJavaSideIsBypassed() {
        String hash = PASSWORDS.encode("some-password");
        assertThatThrownBy(() -> insertUser("Bad Name", hash)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertUser("plain", "not-a-hash")).isInstanceOf(DataIntegrityViolationException.class);
        insertUser("hoa", hash);
        assertThatThrownBy(() -> insertUser("hoa", hash)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO app_user_role (username, role) VALUES ('hoa', 'BOSS')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAnAccountDeletesItsRoles() {
        accounts.create(new NewAccount("quan", "quan-password", Set.of(Role.PLANNER, Role.OFFICIAL), true));

        accounts.delete("quan");

        assertThat(repository.find("quan")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user_role WHERE username = 'quan'").query(Integer.class).single())
                .isZero();
        assertThatThrownBy(() -> accounts.delete("quan")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void theLastEnabledAdminCannotBeDemotedDisabledOrDeleted() {
        accounts.create(new NewAccount("chief", "chief-password", Set.of(Role.ADMIN), true));
        accounts.create(new NewAccount("idle-admin", "idle-password", Set.of(Role.ADMIN), false));

        assertLastAdmin(() -> accounts.update("chief", new AccountPatch(Optional.empty(),
                Optional.of(Set.of(Role.PLANNER)), Optional.empty())));
        assertLastAdmin(() -> accounts.update("chief", new AccountPatch(Optional.empty(), Optional.empty(),
                Optional.of(false))));
        assertLastAdmin(() -> accounts.delete("chief"));
        assertThat(accounts.get("chief").isEnabledAdmin()).isTrue();

        accounts.update("idle-admin", new AccountPatch(Optional.empty(), Optional.empty(), Optional.of(true)));
        accounts.delete("chief");
        assertThat(repository.find("chief")).isEmpty();
    }

    @Test
    void ensureCreatesAnAccountThenResetsItsPasswordAndGivesBackItsRole() {
        assertThat(accounts.ensure("boss", "first-boss-password", Set.of(Role.ADMIN))).isTrue();
        accounts.create(new NewAccount("other-admin", "other-password", Set.of(Role.ADMIN), true));
        accounts.update("boss", new AccountPatch(Optional.empty(), Optional.of(Set.of(Role.PLANNER)),
                Optional.of(false)));

        assertThat(accounts.ensure("boss", "second-boss-password", Set.of(Role.ADMIN))).isFalse();

        Account boss = accounts.get("boss");
        assertThat(boss.roles()).containsExactly(Role.PLANNER, Role.ADMIN);
        assertThat(boss.enabled()).isTrue();
        String hash = repository.passwordHash("boss").orElseThrow();
        assertThat(PASSWORDS.matches("second-boss-password", hash)).isTrue();
        assertThat(PASSWORDS.matches("first-boss-password", hash)).isFalse();
        assertThatThrownBy(() -> accounts.ensure("Boss Man", "long-enough-pw", Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> accounts.ensure("boss", "short", Set.of(Role.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 10")
                .message().doesNotContain("short");
    }

    private void insertUser(String username, String hash) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, enabled, created_at, updated_at)"
                + " VALUES (:username, :hash, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .param("username", username).param("hash", hash).update();
    }

    private static void assertLastAdmin(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains("last enabled admin");
        });
    }
}
