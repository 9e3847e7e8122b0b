package vn.kcnatlas.report;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.time.VietnamDays;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.JsonBodies;
import vn.kcnatlas.web.WriteAudit;
import vn.kcnatlas.web.WritePreconditions;

/** The outcomes officials record for the targets the zones cannot measure. */
@RestController
class TargetOutcomeController {

    private final TargetRepository targets;
    private final TargetOutcomeRepository outcomes;
    private final JsonMapper json;
    private final Clock clock;

    TargetOutcomeController(TargetRepository targets, TargetOutcomeRepository outcomes, JsonMapper json, Clock clock) {
        this.targets = targets;
        this.outcomes = outcomes;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "A target's recorded outcomes, latest day first")
    @GetMapping("/api/targets/{id}/outcomes")
    List<TargetOutcome> list(@PathVariable long id) {
        return outcomes.of(target(id).id());
    }

    @Operation(summary = "Record the outcome of a target the zones cannot measure (OFFICIAL, ADMIN)",
            description = "Body: value (the figure achieved), asOf (the day it describes, YYYY-MM-DD, not after"
                    + " today), source (the document it comes from), sourceUrl, note. Records are only added: the"
                    + " latest day decides, and for one day the latest record. 201 with Location; 422 with errors"
                    + " [{field, message}], also for a target measured from the zones (targets list it with"
                    + " recordable false); 404 for an unknown target.")
    @PostMapping("/api/targets/{id}/outcomes")
    ResponseEntity<TargetOutcome> record(@PathVariable long id, HttpServletRequest http, Principal user,
            NativeWebRequest request) {
        Target target = target(id);
        TargetOutcomeInput input = TargetOutcomeInput.read(JsonBodies.read(http, json), target,
                VietnamDays.today(clock));
        TargetOutcome recorded = outcomes.add(id, input, WritePreconditions.actor(user), clock.instant());
        WriteAudit.written(request, "target outcome " + id + "/" + recorded.id(), 1);
        return ResponseEntity.created(URI.create("/api/targets/" + id + "/outcomes")).body(recorded);
    }

    private Target target(long id) {
        return targets.find(id).orElseThrow(() -> ApiException.notFound("Target", String.valueOf(id)));
    }
}
