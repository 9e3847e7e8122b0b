package vn.kcnatlas.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kcnatlas.web.ApiException;

/**
 * Creates, changes and deletes accounts, each in one transaction, hashing passwords on the way in and
 * refusing any change that would leave no enabled admin.
 */
@Service
class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    List<Account> list() {
        return accounts.findAll();
    }

    Account get(String username) {
        return accounts.find(username).orElseThrow(() -> ApiException.notFound("Account", username));
    }

    Account create(NewAccount request) {
        Instant now = clock.instant();
        Account account = new Account(request.username(), request.roles(), request.enabled(), now, now);
        String hash = passwords.encode(request.password());
        try {
            transactions.executeWithoutResult(status -> {
                if (accounts.find(request.username()).isPresent()) {
                    throw exists(request.username());
                }
                accounts.insert(account, hash);
            });
        } catch (DuplicateKeyException e) {
            throw exists(request.username());
        }
        return account;
    }

    /** @return the account before and after the change */
    Change update(String username, AccountPatch patch) {
        Optional<String> hash = patch.password().map(passwords::encode);
        return transactions.execute(status -> {
            Account before = get(username);
            Account after = new Account(username, patch.roles().orElse(before.roles()),
                    patch.enabled().orElse(before.enabled()), before.createdAt(), clock.instant());
            if (before.isEnabledAdmin() && !after.isEnabledAdmin()) {
                refuseIfLastAdmin(username, "demoted or disabled");
            }
            accounts.update(after, hash);
            return new Change(before, after);
        });
    }

    void delete(String username) {
        transactions.executeWithoutResult(status -> {
            if (get(username).isEnabledAdmin()) {
                refuseIfLastAdmin(username, "deleted");
            }
            accounts.delete(username);
        });
    }

    /**
     * Makes sure an account exists with this password and at least these roles, enabled: creates it, or
     * resets the password of the one there. For accounts configured outside the API (the first admin, the
     * demo accounts).
     *
     * @return whether the account was created
     * @throws IllegalArgumentException when the name or the password breaks the account rules
     */
    boolean ensure(String username, String password, Set<Role> roles) {
        AccountRules.usernameProblem(username).ifPresent(problem -> {
            throw new IllegalArgumentException("'" + username + "': " + problem);
        });
        AccountRules.passwordProblem(password).ifPresent(problem -> {
            throw new IllegalArgumentException("The password of '" + username + "' is refused: " + problem);
        });
        String hash = passwords.encode(password);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Account> existing = accounts.find(username);
            Instant now = clock.instant();
            if (existing.isEmpty()) {
                accounts.insert(new Account(username, roles, true, now, now), hash);
                return true;
            }
            Set<Role> granted = EnumSet.copyOf(roles);
            granted.addAll(existing.get().roles());
            accounts.update(new Account(username, granted, true, existing.get().createdAt(), now), Optional.of(hash));
            return false;
        }));
    }

    private void refuseIfLastAdmin(String username, String what) {
        if (accounts.lockEnabledAdmins() <= 1) {
            throw new ApiException(HttpStatus.CONFLICT, "Last admin", "'" + username + "' is the last enabled admin"
                    + " and cannot be " + what + "; make another account an admin first", Map.of("username", username));
        }
    }

    private static ApiException exists(String username) {
        return new ApiException(HttpStatus.CONFLICT, "Account exists", "There is already an account '" + username
                + "'; change it with PATCH /api/users/" + username, Map.of("pointer", "/username"));
    }

    /** An account before and after a change. */
    record Change(Account before, Account after) {
    }
}
