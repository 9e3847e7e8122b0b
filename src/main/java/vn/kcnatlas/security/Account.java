package vn.kcnatlas.security;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An account as it may be shown: everything but its password hash, which never leaves the store's side. */
public record Account(String username, Set<Role> roles, boolean enabled, Instant createdAt, Instant updatedAt) {

    public Account {
        // In declaration order, so that answers list them the same way every time.
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    boolean isEnabledAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }
}
