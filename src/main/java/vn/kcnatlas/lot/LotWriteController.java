package vn.kcnatlas.lot;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.FeatureInput;
import vn.kcnatlas.change.InvalidChangeException;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.geo.PropertyReader;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.web.GeoJsonResponses;
import vn.kcnatlas.web.GeometryRefusals;
import vn.kcnatlas.web.JsonBodies;
import vn.kcnatlas.web.MergePatch;
import vn.kcnatlas.web.WriteAudit;
import vn.kcnatlas.web.WritePreconditions;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * Lot writes over HTTP, each through {@link LotWrites}: create, replace (PUT), merge-patch (PATCH), a
 * status change and delete. Changes to a lot name its version in If-Match, as zone writes do.
 */
@RestController
@RequestMapping("/api/zones/{code}/lots")
class LotWriteController {

    private static final String GEO_JSON = "application/geo+json";
    private static final String JSON = "application/json";

    private final LotWrites writes;
    private final LotRepository lots;
    private final ZoneRepository zones;
    private final JsonMapper json;
    private final Clock clock;

    LotWriteController(LotWrites writes, LotRepository lots, ZoneRepository zones, JsonMapper json, Clock clock) {
        this.writes = writes;
        this.lots = lots;
        this.zones = zones;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(consumes = {GEO_JSON, JSON})
    ResponseEntity<byte[]> create(@PathVariable String code, @RequestParam(defaultValue = "false") boolean repair,
            HttpServletRequest http, Principal user, NativeWebRequest request) {
        if (!zones.exists(code)) {
            throw new UnknownRecordException("Zone", code);
        }
        FeatureInput feature = FeatureInput.read(JsonBodies.read(http, json), "lot", repair);
        LotCheck.Outcome checked = checked(feature, code, null);
        Lot created = writes.create(checked.lot(), edit(user, feature.comment()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).path("/{lot}")
                .buildAndExpand(created.code()).toUri();
        ResponseEntity<byte[]> answer = answer(HttpStatus.CREATED, created, checked.boundary(), request);
        return ResponseEntity.created(location).headers(answer.getHeaders()).body(answer.getBody());
    }

    @PutMapping(path = "/{lot}", consumes = {GEO_JSON, JSON})
    ResponseEntity<byte[]> replace(@PathVariable String code, @PathVariable String lot,
            @RequestParam(defaultValue = "false") boolean repair,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, lot, ifMatch);
        return update(code, lot, basedOn, FeatureInput.read(JsonBodies.read(http, json), "lot", repair), user,
                request);
    }

    /** RFC 7396 over the lot as served: its properties and its geometry. */
    @PatchMapping(path = "/{lot}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<byte[]> patch(@PathVariable String code, @PathVariable String lot,
            @RequestParam(defaultValue = "false") boolean repair,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, lot, ifMatch);
        JsonNode patch = JsonBodies.read(http, json);
        // Written and read back: the feature's geometry is raw GeoJSON text, which no tree holds as such.
        JsonNode stored = json.readTree(json.writeValueAsBytes(LotGeoJson.feature(current(code, lot)).toJson()));
        return update(code, lot, basedOn, FeatureInput.read(MergePatch.apply(stored, patch), "lot", repair), user,
                request);
    }

    /** Leases, reserves or frees a lot: {@code {"status": "leased"}}. */
    @PutMapping(path = "/{lot}/status", consumes = JSON)
    ResponseEntity<byte[]> status(@PathVariable String code, @PathVariable String lot,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, lot, ifMatch);
        JsonNode body = JsonBodies.read(http, json);
        PropertyReader in = new PropertyReader(body.isObject() ? body : null);
        LotStatus status = in.code("status", LotStatus.class, true);
        if (status == null) {
            throw new InvalidChangeException("lot", List.of(new ChangeProblem("invalid-property",
                    in.problems().getFirst(), "/status", null)));
        }
        Lot changed = unlessStale(code, lot, () -> writes.changeStatus(code, lot, status, basedOn,
                edit(user, in.text("comment"))));
        return answer(HttpStatus.OK, changed, null, request);
    }

    @DeleteMapping("/{lot}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable String lot,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false) String comment, Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, lot, ifMatch);
        unlessStale(code, lot, () -> {
            writes.delete(code, lot, basedOn, edit(user, comment));
            return null;
        });
        WriteAudit.written(request, "lot " + code + "/" + lot, 0);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<byte[]> update(String code, String lot, int basedOn, FeatureInput feature, Principal user,
            NativeWebRequest request) {
        LotCheck.Outcome checked = checked(feature, code, lot);
        Lot updated = unlessStale(code, lot, () -> writes.update(checked.lot(), basedOn,
                edit(user, feature.comment())));
        return answer(HttpStatus.OK, updated, checked.boundary(), request);
    }

    /**
     * Checks a lot sent to a path. The path names its zone and, but for a create, its code: they fill in
     * what the feature leaves out, and what the feature says must agree with them.
     *
     * @param lot the lot's code, or null for a create
     */
    private LotCheck.Outcome checked(FeatureInput feature, String code, String lot) {
        ObjectNode properties = feature.properties() == null ? json.createObjectNode()
                : ((ObjectNode) feature.properties()).deepCopy();
        if (!properties.has("zone")) {
            properties.put("zone", code);
        }
        if (lot != null && !properties.has("code")) {
            properties.put("code", lot);
        }
        String named = LotGeoJson.idOf(feature.id(), properties);
        String sentTo = code + "/" + (lot == null ? properties.path("code").asString("") : lot);
        if (named != null && !named.equals(sentTo)) {
            throw new InvalidChangeException("lot", List.of(new ChangeProblem("id-mismatch", "the feature names lot '"
                    + named + "', but it is sent to '" + sentTo + "'", "/id", null)));
        }
        LotCheck.Outcome checked = writes.check(List.of(sentTo)).check(feature.id(), properties, feature.geometry(),
                feature.repair());
        if (!checked.ok()) {
            throw new InvalidChangeException("lot", checked.errors());
        }
        return checked;
    }

    private int basedOn(String code, String lot, String ifMatch) {
        Lot current = current(code, lot);
        return WritePreconditions.basedOn(ifMatch, "lot", current.id(), current.version(),
                () -> LotGeoJson.feature(current).toJson());
    }

    private Lot unlessStale(String code, String lot, Supplier<Lot> write) {
        try {
            return write.get();
        } catch (StaleVersionException e) {
            Lot current = current(code, lot);
            throw WritePreconditions.stale("lot", current.id(), current.version(), e.expectedVersion(),
                    LotGeoJson.feature(current).toJson());
        }
    }

    private Lot current(String code, String lot) {
        return lots.find(code, lot).orElseThrow(() -> new UnknownRecordException("Lot", code + "/" + lot));
    }

    private Edit edit(Principal user, String comment) {
        return new Edit(WritePreconditions.actor(user), clock.instant(), comment);
    }

    /**
     * The lot as it now is; after a boundary was judged, with what that found as foreign members, as a
     * zone write answers.
     */
    private ResponseEntity<byte[]> answer(HttpStatus status, Lot lot, GeometryValidation boundary,
            NativeWebRequest request) {
        WriteAudit.written(request, "lot " + lot.id(), lot.version());
        Map<String, Object> body = LotGeoJson.feature(lot).toJson();
        if (boundary != null) {
            body.putAll(GeometryRefusals.members(boundary, "/geometry"));
        }
        return GeoJsonResponses.written(status, body, "v" + lot.version() + "-", json, request);
    }
}
