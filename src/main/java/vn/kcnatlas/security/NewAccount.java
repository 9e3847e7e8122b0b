package vn.kcnatlas.security;

import java.util.Set;

/** An account to create, its fields already checked. */
record NewAccount(String username, String password, Set<Role> roles, boolean enabled) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + roles + ", enabled=" + enabled + "]";
    }
}
