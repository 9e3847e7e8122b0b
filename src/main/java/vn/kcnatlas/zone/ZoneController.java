package vn.kcnatlas.zone;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.district.AdminUnits;
import vn.kcnatlas.geo.Generalisation;
import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.unit2025.CurrentUnitRepository;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.AsOfParameter;
import vn.kcnatlas.web.GeoJsonResponses;

/** Public reads of the zone registry as GeoJSON. */
@RestController
@RequestMapping("/api/zones")
class ZoneController {

    private final ZoneRepository zones;
    private final ZoneMarkerRepository markers;
    private final ZoneHistory history;
    private final AdminUnits adminUnits;
    private final CurrentUnitRepository currentUnits;
    private final JsonMapper json;
    private final Clock clock;

    ZoneController(ZoneRepository zones, ZoneMarkerRepository markers, ZoneHistory history, AdminUnits adminUnits,
            CurrentUnitRepository currentUnits, JsonMapper json, Clock clock) {
        this.zones = zones;
        this.markers = markers;
        this.history = history;
        this.adminUnits = adminUnits;
        this.currentUnits = currentUnits;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<byte[]> list(@RequestParam MultiValueMap<String, String> params, WebRequest request,
            Principal principal) {
        ZoneQuery query = ZoneQueryParameters.parse(params, adminUnits.directory(), currentUnits.codes());
        LocalDate asOf = AsOfParameter.parse("asOf", params.getFirst("asOf"), clock);
        boolean boundaries = ZoneQueryParameters.boundaries(params);
        Generalisation detail = ZoneQueryParameters.detail(params);
        ZoneMatches matches = zones.match(query, asOf);
        Readers readers = Readers.of(principal);
        List<GeoJsonFeature> features = matches.zones().stream().map(z -> ZoneGeoJson.feature(z, readers)).toList();
        if (detail != null) {
            features = drawn(features, zones.boundaries(matches.zones(), asOf, detail.band()), detail);
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("numberMatched", features.size());
        if (asOf != null) {
            members.put("asOf", asOf.toString());
        }
        if (query.figures().active()) {
            // Zones the figure filter could not judge are never dropped unsaid: the reader learns how many.
            members.put("numberUnknown", matches.unknown());
            members.put("unknownIncluded", query.figures().includeUnknown());
        }
        Map<String, Object> body = boundaries ? GeoJsonFeature.collection(features, members)
                : GeoJsonFeature.boxCollection(features, members);
        return GeoJsonResponses.ok(body, "", json, request);
    }

    /** The features with their boundaries as a map of this detail draws them; the figures stay the full ones'. */
    private static List<GeoJsonFeature> drawn(List<GeoJsonFeature> features, Map<String, MultiPolygon> boundaries,
            Generalisation detail) {
        return features.stream().map(f -> boundaries.containsKey(f.id())
                ? new GeoJsonFeature(f.id(), detail.zoneShape(boundaries.get(f.id())), f.properties()) : f).toList();
    }

    /**
     * The zone as it is, as it stood at the end of the day {@code asOf}, or with {@code version} as it was
     * then: the stored feature its history kept.
     */
    @GetMapping("/{code}")
    ResponseEntity<byte[]> one(@PathVariable String code, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String asOf, WebRequest request, Principal principal) {
        Readers readers = Readers.of(principal);
        LocalDate day = AsOfParameter.parse("asOf", asOf, clock);
        if (version != null && day != null) {
            throw ApiException.badParameter("asOf", "Ask for a zone either at a version or as of a date, not both");
        }
        if (day != null) {
            ZoneView then = zones.findByCode(code, day).orElseThrow(() -> zones.exists(code)
                    ? new ApiException(HttpStatus.NOT_FOUND, "Zone not found", "Zone '" + code
                            + "' was not in the registry yet at the end of " + day, Map.of("parameter", "asOf"))
                    : ApiException.notFound("Zone", code));
            return GeoJsonResponses.ok(ZoneGeoJson.feature(then, readers).toJson(),
                    "v" + then.zone().revision().version() + "-" + day + "-", json, request);
        }
        if (version != null) {
            JsonNode atVersion = history.asOf(code, version).orElseThrow(() -> zones.exists(code)
                    ? ApiException.notFound("Version", code + " v" + version) : ApiException.notFound("Zone", code));
            @SuppressWarnings("unchecked")
            Map<String, Object> stored = json.convertValue(atVersion, Map.class);
            return GeoJsonResponses.ok(ZoneGeoJson.forReaders(stored, readers), "v" + version + "-", json, request);
        }
        ZoneView view = zones.findByCode(code).orElseThrow(() -> ApiException.notFound("Zone", code));
        return GeoJsonResponses.ok(ZoneGeoJson.feature(view, readers).toJson(),
                "v" + view.zone().revision().version() + "-", json, request);
    }

    /** The zone's boundary markers as surveyed, in file order; none for a zone no survey was applied to. */
    @GetMapping("/{code}/markers")
    ResponseEntity<byte[]> markers(@PathVariable String code, WebRequest request) {
        if (!zones.exists(code)) {
            throw ApiException.notFound("Zone", code);
        }
        return GeoJsonResponses.ok(ZoneMarkerGeoJson.collection(code, markers.ofZone(code)), "", json, request);
    }
}
