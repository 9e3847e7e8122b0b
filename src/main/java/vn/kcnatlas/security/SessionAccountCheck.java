package vn.kcnatlas.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.kcnatlas.web.StoreOutage;

/**
 * Keeps a browser's login in step with its account: a session whose account was disabled or deleted
 * since the login ends at its next request, and one whose roles changed carries the new roles from then
 * on. HTTP Basic needs no such check, since it reads the account on every request. It runs before any
 * credentials of the request itself are read, so a login it finds there came from the session; requests
 * without a session cookie skip it.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final SecurityContextRepository contexts;
    private final AuditLog audit;

    SessionAccountCheck(AccountRepository accounts, SecurityContextRepository contexts, AuditLog audit) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = request.getRequestedSessionId() == null ? null
                : SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            Optional<Account> account;
            try {
                account = accounts.find(user.getName()).filter(Account::enabled);
            } catch (RuntimeException e) {
                if (!StoreOutage.causedBy(e)) {
                    throw e;
                }
                // Answered here: out of a filter it would be logged as a servlet's failure, which it is not.
                StoreOutage.write(response, request.getMethod(), request.getRequestURI());
                return;
            }
            if (account.isEmpty()) {
                end(request, user);
            } else if (!authorities(account.get()).equals(authorities(user))) {
                replace(account.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, Authentication user) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        audit.sessionEnded(user.getName(), request.getRemoteAddr());
    }

    private void replace(Account account, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
                authorities(account).stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static Set<String> authorities(Account account) {
        return account.roles().stream().map(Role::authority).collect(Collectors.toSet());
    }

    private static Set<String> authorities(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
