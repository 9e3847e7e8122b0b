package vn.kcnatlas.security;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Account management for admins (the access rules let no one else here): {@code /api/users}. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final AccountService accounts;
    private final AuditLog audit;

    UserController(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping
    ResponseEntity<List<Account>> list() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(accounts.list());
    }

    @GetMapping("/{username}")
    ResponseEntity<Account> get(@PathVariable String username) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(accounts.get(username));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Account> create(@RequestBody JsonNode body, Authentication admin, HttpServletRequest request) {
        Account created = accounts.create(AccountRequests.newAccount(body));
        audit.accountCreated(created, actor(admin, request));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{username}")
                .buildAndExpand(created.username()).toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(created);
    }

    @PatchMapping(path = "/{username}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Account> update(@PathVariable String username, @RequestBody JsonNode body, Authentication admin,
            HttpServletRequest request) {
        AccountPatch patch = AccountRequests.patch(body, username);
        AccountService.Change change = accounts.update(username, patch);
        audit.accountChanged(change, patch.password().isPresent(), actor(admin, request));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(change.after());
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username, Authentication admin, HttpServletRequest request) {
        accounts.delete(username);
        audit.accountDeleted(username, actor(admin, request));
        return ResponseEntity.noContent().build();
    }

    private static Actor actor(Authentication admin, HttpServletRequest request) {
        return new Actor(admin.getName(), request.getRemoteAddr());
    }
}
