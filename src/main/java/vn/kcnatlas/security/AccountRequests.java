package vn.kcnatlas.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.web.ApiException;

/**
 * Reads the bodies of {@code POST /api/users} and {@code PATCH /api/users/{username}} and checks every
 * member, so that one answer names each problem and where it is. Members are read by hand rather than
 * bound to a class: a misspelt member ({@code "role"}) is refused instead of silently ignored, and a
 * merge patch tells a member that is absent from one that is null.
 */
final class AccountRequests {

    private static final Set<String> MEMBERS = Set.of("username", "password", "roles", "enabled");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final JsonNode body;

    private AccountRequests(JsonNode body) {
        this.body = body;
    }

    static NewAccount newAccount(JsonNode body) {
        AccountRequests request = new AccountRequests(body);
        request.checkMembers();
        String username = request.required("username", AccountRules::usernameProblem);
        String password = request.required("password", AccountRules::passwordProblem);
        if (body.isObject() && !body.has("roles")) {
            request.problem("/roles", "Give the account's roles: a list of " + Role.names());
        }
        Set<Role> roles = request.roles().orElse(null);
        boolean enabled = request.enabled().orElse(true);
        request.refuseIfAnyProblem();
        return new NewAccount(username, password, roles, enabled);
    }

    static AccountPatch patch(JsonNode body, String username) {
        AccountRequests request = new AccountRequests(body);
        request.checkMembers();
        if (body.has("username") && !(body.get("username").isString()
                && body.get("username").stringValue().equals(username))) {
            request.problem("/username", "A username cannot be changed; create another account instead");
        }
        Optional<String> password = request.optional("password", AccountRules::passwordProblem);
        AccountPatch patch = new AccountPatch(password, request.roles(), request.enabled());
        request.refuseIfAnyProblem();
        return patch;
    }

    private void checkMembers() {
        if (!body.isObject()) {
            problem("", "The body is a JSON object with the members " + MEMBERS.stream().sorted().toList());
            return;
        }
        for (String member : body.propertyNames()) {
            if (!MEMBERS.contains(member)) {
                problem("/" + member, "Unknown member '" + member + "'; an account has "
                        + MEMBERS.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    private String required(String member, Function<String, Optional<String>> rule) {
        if (body.isObject() && !body.has(member)) {
            problem("/" + member, "The member '" + member + "' is required");
            return null;
        }
        return optional(member, rule).orElse(null);
    }

    private Optional<String> optional(String member, Function<String, Optional<String>> rule) {
        JsonNode value = body.get(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            problem("/" + member, "'" + member + "' is a string");
            return Optional.empty();
        }
        rule.apply(value.stringValue()).ifPresent(problem -> problem("/" + member, problem));
        return Optional.of(value.stringValue());
    }

    private Optional<Set<Role>> roles() {
        JsonNode value = body.get("roles");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isArray() || value.isEmpty()) {
            problem("/roles", "'roles' is a list of at least one of " + Role.names());
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < value.size(); i++) {
            JsonNode name = value.get(i);
            Optional<Role> role = name.isString() ? Role.parse(name.stringValue()) : Optional.empty();
            role.ifPresent(roles::add);
            if (role.isEmpty()) {
                problem("/roles/" + i, "Unknown role " + name + "; the roles are " + Role.names());
            }
        }
        return Optional.of(roles);
    }

    private Optional<Boolean> enabled() {
        JsonNode value = body.get("enabled");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problem("/enabled", "'enabled' is true or false");
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    private void problem(String pointer, String detail) {
        problems.add(new FieldProblem(pointer, detail));
    }

    private void refuseIfAnyProblem() {
        if (problems.isEmpty()) {
            return;
        }
        String detail = problems.stream().map(p -> (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.detail())
                .collect(Collectors.joining("; "));
        Map<String, Object> details = problems.size() == 1 ? Map.of("pointer", problems.getFirst().pointer(),
                "errors", problems) : Map.of("errors", problems);
        throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid account", detail, details);
    }
}
