package vn.kcnatlas.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an account's name and password follow, wherever they come from: the API, the environment,
 * the demo profile. The store's constraints repeat the username rule.
 */
final class AccountRules {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads no further than 72 bytes, and Spring's encoder refuses longer passwords. */
    static final int MAX_PASSWORD_BYTES = 72;

    private AccountRules() {
    }

    static Optional<String> usernameProblem(String username) {
        if (USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        return Optional.of("A username is 3 to 32 characters: lowercase letters a-z, digits, '.', '_' or '-',"
                + " starting with a letter");
    }

    static Optional<String> passwordProblem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return Optional.of("A password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("A password has at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        return Optional.empty();
    }
}
