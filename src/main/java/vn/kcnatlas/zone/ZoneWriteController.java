package vn.kcnatlas.zone;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.change.BoundaryRepair;
import vn.kcnatlas.change.ChangeProblem;
import vn.kcnatlas.change.Edit;
import vn.kcnatlas.change.FeatureInput;
import vn.kcnatlas.change.InvalidChangeException;
import vn.kcnatlas.change.StaleVersionException;
import vn.kcnatlas.change.UnknownRecordException;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.survey.MarkerSurvey;
import vn.kcnatlas.survey.MarkerUpload;
import vn.kcnatlas.web.GeoJsonResponses;
import vn.kcnatlas.web.GeometryRefusals;
import vn.kcnatlas.web.JsonBodies;
import vn.kcnatlas.web.MergePatch;
import vn.kcnatlas.web.WriteAudit;
import vn.kcnatlas.web.WritePreconditions;

/**
 * Zone writes over HTTP, each through {@link ZoneWrites}: create, replace (PUT), merge-patch (PATCH),
 * a surveyed boundary from its markers, and revert. A change to an existing zone names the version it is based on in If-Match: without one it is
 * refused with 428, on a stale one with 412 and the zone as it now is, and nothing is written. The
 * reason for a change travels as the feature's {@code comment} member (a parameter for a revert).
 */
@RestController
@RequestMapping("/api/zones")
class ZoneWriteController {

    private static final String GEO_JSON = "application/geo+json";
    private static final String JSON = "application/json";

    private final ZoneWrites writes;
    private final ZoneRepository zones;
    private final ZoneMarkerRepository markers;
    private final JsonMapper json;
    private final Clock clock;

    ZoneWriteController(ZoneWrites writes, ZoneRepository zones, ZoneMarkerRepository markers, JsonMapper json,
            Clock clock) {
        this.writes = writes;
        this.zones = zones;
        this.markers = markers;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(consumes = {GEO_JSON, JSON})
    ResponseEntity<byte[]> create(@RequestParam(defaultValue = "false") boolean repair, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        FeatureInput feature = FeatureInput.read(JsonBodies.read(http, json), "zone", repair);
        ZoneCheck.Outcome checked = checked(feature, feature.id(), List.of());
        ZoneView created = writes.create(checked.zone(), edit(user, feature.comment()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).path("/{code}")
                .buildAndExpand(created.zone().code()).toUri();
        ResponseEntity<byte[]> answer = answer(HttpStatus.CREATED, created, checked.boundary(), request);
        return ResponseEntity.created(location).headers(answer.getHeaders()).body(answer.getBody());
    }

    @PutMapping(path = "/{code}", consumes = {GEO_JSON, JSON})
    ResponseEntity<byte[]> replace(@PathVariable String code, @RequestParam(defaultValue = "false") boolean repair,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, ifMatch);
        FeatureInput feature = FeatureInput.read(JsonBodies.read(http, json), "zone", repair);
        return update(code, basedOn, feature, null, user, request);
    }

    /** RFC 7396 over the zone as stored: its properties (codes, not names) and its geometry. */
    @PatchMapping(path = "/{code}", consumes = MergePatch.MEDIA_TYPE)
    ResponseEntity<byte[]> patch(@PathVariable String code, @RequestParam(defaultValue = "false") boolean repair,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest http,
            Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, ifMatch);
        JsonNode patch = JsonBodies.read(http, json);
        // Written and read back: the feature's geometry is raw GeoJSON text, which no tree holds as such.
        JsonNode stored = json.readTree(json.writeValueAsBytes(
                ZoneGeoJson.storedFeature(current(code).zone()).toJson()));
        FeatureInput feature = FeatureInput.read(MergePatch.apply(namesOverCodes(stored, patch), patch), "zone",
                repair);
        JsonNode properties = patch.path("properties");
        CommuneChoice choice = properties.has(ZoneUnitPlacement.PROPERTY)
                ? communeChoice(properties.get(ZoneUnitPlacement.PROPERTY)) : null;
        return update(code, basedOn, feature, choice, user, request);
    }

    /** The commune a planner chose for the zone, or the end of a choice. */
    private static CommuneChoice communeChoice(JsonNode value) {
        if (value.isNull()) {
            return new CommuneChoice(null);
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new InvalidChangeException("zone", List.of(new ChangeProblem("invalid-property",
                    ZoneUnitPlacement.PROPERTY + " must be the code of one of today's communes (a text such as"
                            + " '30055'), or null to let the boundary decide", "/properties/"
                            + ZoneUnitPlacement.PROPERTY, null)));
        }
        return new CommuneChoice(value.asString().strip());
    }

    /**
     * A surveyors' marker file made the zone's boundary ({@code boundaryQuality} surveyed): read by the
     * survey's one rule, checked as every boundary is, written with its markers; the answer carries them.
     */
    @PostMapping(path = "/{code}/markers", consumes = "text/csv")
    ResponseEntity<byte[]> applyMarkers(@PathVariable String code, @RequestParam(required = false) String crs,
            @RequestParam(required = false) String comment, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, @RequestBody(required = false) InputStreamResource file, HttpServletRequest http,
            Principal user, NativeWebRequest request) throws IOException {
        int basedOn = basedOn(code, ifMatch);
        MarkerSurvey survey = MarkerUpload.survey(crs, file, http);
        ObjectNode properties = json.valueToTree(ZoneGeoJson.storedFeature(current(code).zone()).properties());
        properties.put("boundaryQuality", BoundaryQuality.SURVEYED.code());
        ZoneCheck.Outcome checked = checked(code, properties, survey.boundary(), BoundaryRepair.NONE, List.of(code));
        ZoneView applied = unlessStale(code, () -> writes.applySurvey(checked.zone(), survey, basedOn,
                edit(user, comment)));
        Map<String, Object> body = body(applied, checked.boundary());
        body.put("markers", ZoneMarkerGeoJson.collection(code, markers.ofZone(code)));
        return written(HttpStatus.OK, applied, body, request);
    }

    @PostMapping("/{code}/revert")
    ResponseEntity<byte[]> revert(@PathVariable String code, @RequestParam int version,
            @RequestParam(required = false) String comment, @RequestHeader(name = "If-Match", required = false)
            String ifMatch, Principal user, NativeWebRequest request) {
        int basedOn = basedOn(code, ifMatch);
        ZoneView reverted = unlessStale(code, () -> writes.revert(code, version, basedOn, edit(user, comment)));
        return answer(HttpStatus.OK, reverted, null, request);
    }

    /** @param choice a planner's choice of the zone's commune, or null for none */
    private ResponseEntity<byte[]> update(String code, int basedOn, FeatureInput feature, CommuneChoice choice,
            Principal user, NativeWebRequest request) {
        if (feature.id() != null && !feature.id().equals(code)) {
            throw new InvalidChangeException("zone", List.of(new ChangeProblem("code-mismatch", "the feature's id '"
                    + feature.id() + "' is not the code of the zone it is sent to, '" + code + "'", "/id", null)));
        }
        ZoneCheck.Outcome checked = checked(feature, code, List.of(code));
        ZoneView updated = unlessStale(code, () -> writes.update(checked.zone(), basedOn,
                edit(user, feature.comment()), choice));
        return answer(HttpStatus.OK, updated, checked.boundary(), request);
    }

    /** @param replacing the code of the zone the feature replaces, if it replaces one */
    private ZoneCheck.Outcome checked(FeatureInput feature, String code, List<String> replacing) {
        return checked(code, feature.properties(), feature.geometry(), feature.repair(), replacing);
    }

    private ZoneCheck.Outcome checked(String code, JsonNode properties, Geometry geometry, BoundaryRepair repair,
            List<String> replacing) {
        ZoneCheck.Outcome checked = writes.check(replacing).check(code, properties, geometry, repair);
        if (!checked.ok()) {
            throw new InvalidChangeException("zone", checked.errors());
        }
        return checked;
    }

    /** The version If-Match names, provided it is the zone's current one. */
    private int basedOn(String code, String ifMatch) {
        ZoneView current = current(code);
        return WritePreconditions.basedOn(ifMatch, "zone", code, current.zone().revision().version(),
                () -> ZoneGeoJson.feature(current, Readers.STAFF).toJson());
    }

    private ZoneView unlessStale(String code, Supplier<ZoneView> write) {
        try {
            return write.get();
        } catch (StaleVersionException e) {
            ZoneView current = current(code);
            throw WritePreconditions.stale("zone", code, current.zone().revision().version(), e.expectedVersion(),
                    ZoneGeoJson.feature(current, Readers.STAFF).toJson());
        }
    }

    private ZoneView current(String code) {
        return zones.findByCode(code).orElseThrow(() -> new UnknownRecordException("Zone", code));
    }

    /**
     * A patch naming the province or district by name replaces the stored code, which the reader would
     * otherwise prefer to it.
     */
    private static JsonNode namesOverCodes(JsonNode stored, JsonNode patch) {
        JsonNode properties = patch.path("properties");
        ObjectNode target = ((ObjectNode) stored).deepCopy();
        ObjectNode storedProperties = (ObjectNode) target.get("properties");
        for (String place : List.of("province", "district")) {
            if (properties.has(place) && !properties.has(place + "Code")) {
                storedProperties.remove(place + "Code");
            }
        }
        return target;
    }

    private Edit edit(Principal user, String comment) {
        return new Edit(WritePreconditions.actor(user), clock.instant(), comment);
    }

    /**
     * The zone as it now is; after a boundary was judged, with what that found as foreign members: its
     * geodesic area against the declared one, warnings, and what a repair changed (never silently).
     */
    private ResponseEntity<byte[]> answer(HttpStatus status, ZoneView zone, GeometryValidation boundary,
            NativeWebRequest request) {
        return written(status, zone, body(zone, boundary), request);
    }

    private static Map<String, Object> body(ZoneView zone, GeometryValidation boundary) {
        Map<String, Object> body = ZoneGeoJson.feature(zone, Readers.STAFF).toJson();
        if (boundary != null) {
            body.putAll(GeometryRefusals.members(boundary, "/geometry"));
        }
        return body;
    }

    private ResponseEntity<byte[]> written(HttpStatus status, ZoneView zone, Map<String, Object> body,
            NativeWebRequest request) {
        WriteAudit.written(request, "zone " + zone.zone().code(), zone.zone().revision().version());
        return GeoJsonResponses.written(status, body, "v" + zone.zone().revision().version() + "-", json, request);
    }
}
