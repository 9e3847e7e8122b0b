package vn.kcnatlas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin ({@code kcn.security.admin}, from KCN_ADMIN_USER and KCN_ADMIN_PASSWORD).
 *
 * @param username empty for none
 * @param password empty for none
 */
@ConfigurationProperties("kcn.security.admin")
record AdminProperties(String username, String password) {

    boolean given() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }

    boolean partlyGiven() {
        return !given() && ((username != null && !username.isBlank()) || (password != null && !password.isEmpty()));
    }

    @Override
    public String toString() {
        return "AdminProperties[" + username + "]";
    }
}
