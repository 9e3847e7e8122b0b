package vn.kcnatlas.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The accounts of the store, as Spring Security checks passwords against them. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new)).build();
    }
}
