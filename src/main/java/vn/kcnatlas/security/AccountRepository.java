package vn.kcnatlas.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their roles in the store ({@code app_user}, {@code app_user_role}). */
@Repository
class AccountRepository {

    private static final String SELECT = "SELECT u.username, u.enabled, u.created_at, u.updated_at, r.role"
            + " FROM app_user u LEFT JOIN app_user_role r ON r.username = u.username";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Account> findAll() {
        return accounts(jdbc.sql(SELECT + " ORDER BY u.username, r.role"));
    }

    Optional<Account> find(String username) {
        return accounts(jdbc.sql(SELECT + " WHERE u.username = :username").param("username", username)).stream()
                .findFirst();
    }

    /** The stored hash, for checking a password at login. */
    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username").param("username", username)
                .query(String.class).optional();
    }

    void insert(Account account, String passwordHash) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, enabled, created_at, updated_at)"
                        + " VALUES (:username, :hash, :enabled, :created, :updated)")
                .param("username", account.username()).param("hash", passwordHash)
                .param("enabled", account.enabled()).param("created", utc(account.createdAt()))
                .param("updated", utc(account.updatedAt())).update();
        insertRoles(account.username(), account.roles());
    }

    /** Writes roles, enabled and the time of the change; the password too when one is given. */
    void update(Account account, Optional<String> newPasswordHash) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled, updated_at = :updated"
                        + newPasswordHash.map(hash -> ", password_hash = :hash").orElse("")
                        + " WHERE username = :username")
                .params(updateParams(account, newPasswordHash)).update();
        jdbc.sql("DELETE FROM app_user_role WHERE username = :username").param("username", account.username())
                .update();
        insertRoles(account.username(), account.roles());
    }

    boolean delete(String username) {
        return jdbc.sql("DELETE FROM app_user WHERE username = :username").param("username", username).update() > 0;
    }

    /**
     * Locks the admins' role rows until the transaction ends and says how many admin accounts are enabled,
     * so that two admins demoting each other at once cannot leave none.
     */
    int lockEnabledAdmins() {
        List<String> admins = jdbc.sql("SELECT username FROM app_user_role WHERE role = 'ADMIN' FOR UPDATE")
                .query(String.class).list();
        if (admins.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE enabled AND username IN (:admins)")
                .param("admins", admins).query(Integer.class).single();
    }

    private void insertRoles(String username, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (:username, :role)")
                    .param("username", username).param("role", role.name()).update();
        }
    }

    private static Map<String, Object> updateParams(Account account, Optional<String> newPasswordHash) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("username", account.username());
        params.put("enabled", account.enabled());
        params.put("updated", utc(account.updatedAt()));
        newPasswordHash.ifPresent(hash -> params.put("hash", hash));
        return params;
    }

    /** One account per username, from rows of one account and one of its roles each. */
    private static List<Account> accounts(JdbcClient.StatementSpec query) {
        Map<String, Row> rows = new LinkedHashMap<>();
        query.query((ResultSet rs) -> {
            Row row = rows.computeIfAbsent(rs.getString("username"), username -> read(rs));
            String role = rs.getString("role");
            if (role != null) {
                // A role the store has and this build does not know is ignored, not granted.
                Role.parse(role).ifPresent(row.roles()::add);
            }
        });
        return rows.values().stream().map(Row::account).toList();
    }

    private static Row read(ResultSet rs) {
        try {
            return new Row(rs.getString("username"), rs.getBoolean("enabled"), instant(rs, "created_at"),
                    instant(rs, "updated_at"), EnumSet.noneOf(Role.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(String username, boolean enabled, Instant createdAt, Instant updatedAt, Set<Role> roles) {

        Account account() {
            return new Account(username, roles, enabled, createdAt, updatedAt);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
