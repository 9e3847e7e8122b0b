package vn.kcnatlas.security;

import java.util.Optional;
import java.util.Set;

/** A change to an account (a JSON merge patch): each field empty when the patch leaves it as it is. */
record AccountPatch(Optional<String> password, Optional<Set<Role>> roles, Optional<Boolean> enabled) {

    @Override
    public String toString() {
        return "AccountPatch[password " + (password.isPresent() ? "changed" : "kept") + ", roles=" + roles
                + ", enabled=" + enabled + "]";
    }
}
