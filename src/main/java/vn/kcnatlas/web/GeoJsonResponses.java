package vn.kcnatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON bodies with the media type the client accepts ({@code application/geo+json}, or plain JSON for
 * clients that ask only for that) and an ETag, so that an unchanged answer costs a 304.
 */
public final class GeoJsonResponses {

    public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private GeoJsonResponses() {
    }

    /**
     * @param versionTag a prefix for the ETag, such as the resource's version; may be empty
     */
    public static ResponseEntity<byte[]> ok(Object body, String versionTag, JsonMapper json, WebRequest request) {
        byte[] bytes = json.writeValueAsBytes(body);
        String etag = ETags.of(versionTag, bytes);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(negotiate(request)).eTag(etag).body(bytes);
    }

    /**
     * The answer to a write: the record as it now is, with the ETag a GET of it would carry. No
     * conditional request is evaluated: the If-Match a write carries named the version it replaced.
     */
    public static ResponseEntity<byte[]> written(HttpStatus status, Object body, String versionTag, JsonMapper json,
            WebRequest request) {
        byte[] bytes = json.writeValueAsBytes(body);
        return ResponseEntity.status(status).contentType(negotiate(request)).eTag(ETags.of(versionTag, bytes))
                .body(bytes);
    }

    private static MediaType negotiate(WebRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return GEO_JSON;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        boolean geoJson = accepted.stream().anyMatch(m -> m.includes(GEO_JSON));
        boolean json = accepted.stream().anyMatch(m -> m.isCompatibleWith(MediaType.APPLICATION_JSON));
        return !geoJson && json ? MediaType.APPLICATION_JSON : withUtf8(GEO_JSON);
    }

    private static MediaType withUtf8(MediaType type) {
        return new MediaType(type, StandardCharsets.UTF_8);
    }
}
