package vn.kcnatlas.enquiry;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.security.Role;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.FieldProblems;

/**
 * An admin ties a zone manager's account to the zones whose enquiries it reads: {@code GET} and {@code PUT
 * /api/users/{username}/zones} with a list of zone codes (the access rules let only admins under /api/users).
 */
@RestController
@RequestMapping("/api/users/{username}/zones")
class ZoneManagerController {

    private final ZoneManagers managers;
    private final TransactionTemplate transactions;

    ZoneManagerController(ZoneManagers managers, TransactionTemplate transactions) {
        this.managers = managers;
        this.transactions = transactions;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> get(@PathVariable String username) {
        requireAccount(username);
        return answer(username);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> put(@PathVariable String username, @RequestBody JsonNode body) {
        Set<String> zones = zones(body);
        transactions.executeWithoutResult(status -> {
            requireAccount(username);
            FieldProblems problems = new FieldProblems();
            if (!zones.isEmpty() && !managers.hasRole(username, Role.ZONE_MANAGER.name())) {
                problems.add("", "'" + username + "' does not have the role " + Role.ZONE_MANAGER
                        + "; give it with PATCH /api/users/" + username + " first");
            }
            managers.unknownZones(zones).forEach(code -> problems.add("zones", "there is no zone '" + code + "'"));
            if (!problems.isEmpty()) {
                throw problems.refusal("Invalid zones", "The zones of '" + username + "'");
            }
            managers.replace(username, zones);
        });
        return answer(username);
    }

    private ResponseEntity<Map<String, Object>> answer(String username) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("username", username, "zones", managers.zonesOf(username)));
    }

    private void requireAccount(String username) {
        if (!managers.accountExists(username)) {
            throw ApiException.notFound("Account", username);
        }
    }

    /** The codes of {@code {"zones": ["kcn-tan-kieu", …]}}, or a 422 saying what is wrong. */
    private static Set<String> zones(JsonNode body) {
        JsonNode list = body == null ? null : body.get("zones");
        FieldProblems problems = new FieldProblems();
        Set<String> zones = new LinkedHashSet<>();
        if (list == null || !list.isArray() || body.size() != 1) {
            problems.add("zones", "the body is {\"zones\": [zone codes]}, an empty list to tie none");
        } else {
            for (JsonNode code : list) {
                if (code.isString()) {
                    zones.add(code.stringValue());
                } else {
                    problems.add("zones", "a zone code is a string, not " + code);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid zones", "The zones");
        }
        return zones;
    }
}
