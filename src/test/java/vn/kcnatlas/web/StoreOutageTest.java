package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database being out of reach (503, try again) and which are not. */
class StoreOutageTest {

    @Test
    void noConnectionALostOneAndAServerShuttingDownAreOutages() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms");
        assertThat(StoreOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                poolTimeout))).isTrue();
        assertThat(StoreOutage.causedBy(new CannotCreateTransactionException("no connection", poolTimeout))).isTrue();
        assertThat(StoreOutage.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("terminating connection due to crash", "57P02"))).isTrue();
        assertThat(StoreOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(StoreOutage.causedBy(new InternalAuthenticationServiceException("accounts unreadable",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout)))).isTrue();
    }

    @Test
    void aBrokenRuleABadStatementOrABugIsNot() {
        assertThat(StoreOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(StoreOutage.causedBy(new BadSqlGrammarException("query", "SELEC 1",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(StoreOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(StoreOutage.causedBy(new TransactionSystemException("no transaction in progress"))).isFalse();
    }

    @Test
    void aChangeIsToldItMayHaveBeenMadeAReadIsNot() {
        assertThat(StoreOutage.detail("PATCH")).contains("may have been made");
        assertThat(StoreOutage.detail("GET")).doesNotContain("may have been made").contains("try again in 5 s");
    }
}
