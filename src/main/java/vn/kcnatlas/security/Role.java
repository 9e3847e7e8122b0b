package vn.kcnatlas.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/**
 * What an account may do beyond reading public data, which needs no account. A new role is a constant
 * here, a row of {@code app_role} (a migration) and the access rules that name it.
 */
public enum Role {

    /** Creates zones and edits their boundaries, attributes and lots. */
    PLANNER,
    /** Enters periodic reports and targets, and sees internal fields. */
    OFFICIAL,
    /** Manages accounts and imports; reads and answers every zone's enquiries. */
    ADMIN,
    /** Reads and answers the enquiries to the zones an admin tied the account to (enquiry/). */
    ZONE_MANAGER;

    /** The authority Spring Security checks, {@code ROLE_PLANNER} for PLANNER. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** The names of the roles among a signed-in user's authorities, sorted. */
    static List<String> namesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).sorted().toList();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Role::name).toList();
    }
}
