package vn.kcnatlas.ogc;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.web.ETags;
import vn.kcnatlas.web.MalformedRequests;
import vn.kcnatlas.web.StoreOutage;

/**
 * OGC API Features, Part 1 (Core, GeoJSON, OpenAPI 3.0), at {@value #ROOT}. Each operation is a class of
 * its own; this controller reads the request, chooses the format and answers every failure, its own or
 * an unexpected one, with the OGC exception document rather than the API's problem details.
 *
 * <p>Every query parameter a resource does not define is refused (400), as the standard requires, and
 * so is a parameter given twice or empty. Methods other than GET, HEAD and OPTIONS are refused (405),
 * and a path under {@value #ROOT} that names no resource is not found (404), both in the same format.
 */
@Hidden
@RestController
@RequestMapping(OgcController.ROOT)
class OgcController {

    static final String ROOT = "/ogc";

    private static final Logger log = LoggerFactory.getLogger(OgcController.class);
    private static final List<String> FORMAT_ONLY = List.of("f");
    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    private final FeatureSources sources;
    private final Collections collections;
    private final Items items;
    private final ApiDocument api;
    private final JsonMapper json;

    OgcController(FeatureSources sources, Collections collections, Items items, ApiDocument api, JsonMapper json) {
        this.sources = sources;
        this.collections = collections;
        this.items = items;
        this.api = api;
        this.json = json;
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> landingPage(HttpServletRequest request, WebRequest webRequest) {
        Format format = negotiate(request, FORMAT_ONLY, List.of(Format.JSON));
        return tagged(json.writeValueAsBytes(LandingPage.of(Links.ofCurrentRequest())), format, "", webRequest);
    }

    @GetMapping("/conformance")
    ResponseEntity<byte[]> conformance(HttpServletRequest request, WebRequest webRequest) {
        Format format = negotiate(request, FORMAT_ONLY, List.of(Format.JSON));
        return tagged(json.writeValueAsBytes(Conformance.CLASSES), format, "", webRequest);
    }

    @GetMapping("/api")
    ResponseEntity<byte[]> api(HttpServletRequest request, WebRequest webRequest) {
        Format format = negotiate(request, FORMAT_ONLY, ApiDocument.FORMATS);
        return tagged(api.json(Links.ofCurrentRequest()), format, "", webRequest);
    }

    @GetMapping("/collections")
    ResponseEntity<byte[]> collections(HttpServletRequest request, WebRequest webRequest) {
        Format format = negotiate(request, FORMAT_ONLY, List.of(Format.JSON));
        return tagged(json.writeValueAsBytes(collections.all(Links.ofCurrentRequest())), format, "", webRequest);
    }

    @GetMapping("/collections/{collectionId}")
    ResponseEntity<byte[]> collection(@PathVariable String collectionId, HttpServletRequest request,
            WebRequest webRequest) {
        FeatureSource source = sources.byId(collectionId);
        Format format = negotiate(request, FORMAT_ONLY, List.of(Format.JSON));
        return tagged(json.writeValueAsBytes(collections.describe(source, Links.ofCurrentRequest())), format, "",
                webRequest);
    }

    @GetMapping("/collections/{collectionId}/schema")
    ResponseEntity<byte[]> schema(@PathVariable String collectionId, HttpServletRequest request,
            WebRequest webRequest) {
        FeatureSource source = sources.byId(collectionId);
        Format format = negotiate(request, FORMAT_ONLY, FeatureSchema.FORMATS);
        return tagged(json.writeValueAsBytes(FeatureSchema.of(source, Links.ofCurrentRequest())), format, "",
                webRequest);
    }

    /** Not tagged: the page carries the time it was made, so no two answers are the same. */
    @GetMapping("/collections/{collectionId}/items")
    ResponseEntity<byte[]> items(@PathVariable String collectionId, HttpServletRequest request) {
        FeatureSource source = sources.byId(collectionId);
        Map<String, String> parameters = parameters(request, Items.parameters(source));
        Format format = Format.negotiate(Items.FORMATS, parameters.get("f"), request.getHeader(HttpHeaders.ACCEPT));
        byte[] body = json.writeValueAsBytes(items.page(source, parameters, format, Links.ofCurrentRequest()));
        return ResponseEntity.ok().contentType(format.mediaType()).body(body);
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ResponseEntity<byte[]> item(@PathVariable String collectionId, @PathVariable String featureId,
            HttpServletRequest request, WebRequest webRequest) {
        FeatureSource source = sources.byId(collectionId);
        Format format = negotiate(request, FORMAT_ONLY, Items.FORMATS);
        Item.Tagged feature = Item.feature(source, featureId, format, Links.ofCurrentRequest());
        return tagged(json.writeValueAsBytes(feature.json()), format, feature.versionTag(), webRequest);
    }

    /**
     * Whatever no operation above matched: an unknown path, or a method other than GET and HEAD. (Spring
     * answers OPTIONS itself: a mapping without methods does not take it.)
     */
    @RequestMapping("/**")
    ResponseEntity<byte[]> unmatched(HttpServletRequest request) {
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            throw OgcException.notFound("There is no resource at " + request.getRequestURI() + "; the landing page at "
                    + ROOT + " links to every resource");
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, ALLOWED_METHODS)
                .contentType(Format.JSON.mediaType()).body(json.writeValueAsBytes(new OgcException.Error(
                        "MethodNotAllowed", request.getMethod() + " is not allowed: this API is read-only")));
    }

    @ExceptionHandler(OgcException.class)
    ResponseEntity<byte[]> refused(OgcException e) {
        return ResponseEntity.status(e.status()).contentType(Format.JSON.mediaType())
                .body(json.writeValueAsBytes(e.body()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> failed(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            return null;
        }
        if (StoreOutage.causedBy(e)) {
            log.warn("Database unavailable for {}: {}", request.getRequestURI(), e.getMessage());
            return StoreOutage.answer().contentType(Format.JSON.mediaType()).body(json.writeValueAsBytes(
                            new OgcException.Error("ServiceUnavailable", StoreOutage.detail(request.getMethod()))));
        }
        Optional<MalformedRequests.Refusal> malformed = MalformedRequests.describe(e);
        if (malformed.isPresent()) {
            return refused(new OgcException(malformed.get().status(), "InvalidParameterValue",
                    malformed.get().detail()));
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure on {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident,
                e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(Format.JSON.mediaType())
                .body(json.writeValueAsBytes(new OgcException.Error("ServerError",
                        "The server failed to handle this request. The failure is logged as incident " + incident
                                + ".")));
    }

    private static Format negotiate(HttpServletRequest request, Collection<String> allowed, List<Format> offered) {
        return Format.negotiate(offered, parameters(request, allowed).get("f"), request.getHeader(HttpHeaders.ACCEPT));
    }

    /**
     * The query parameters, each given once and not empty.
     *
     * @throws OgcException 400 for a parameter the resource does not define, one given twice or empty
     */
    private static Map<String, String> parameters(HttpServletRequest request, Collection<String> allowed) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!allowed.contains(name)) {
                throw OgcException.invalidParameter(name, "is not a parameter of this resource; it takes "
                        + String.join(", ", allowed));
            }
            if (parameter.getValue().length > 1) {
                throw OgcException.invalidParameter(name, "is given " + parameter.getValue().length + " times");
            }
            if (parameter.getValue()[0].isBlank()) {
                throw OgcException.invalidParameter(name, "has no value");
            }
            parameters.put(name, parameter.getValue()[0]);
        }
        return parameters;
    }

    /** The body with an ETag, or 304 when the client holds it already. */
    private static ResponseEntity<byte[]> tagged(byte[] body, Format format, String versionTag, WebRequest request) {
        String etag = ETags.of(versionTag, body, format.mediaType().toString().getBytes(StandardCharsets.US_ASCII));
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(format.mediaType()).eTag(etag).body(body);
    }
}
