package vn.kcnatlas.map.cache;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * HTTP answers for rendered output. Clients may keep what they get but must revalidate it
 * ({@code no-cache}); an unchanged tile then costs a 304 and a changed one is never shown stale.
 */
public final class RenderedResponses {

    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private RenderedResponses() {
    }

    public static ResponseEntity<byte[]> respond(RenderedOutput output, WebRequest request) {
        if (output.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).cacheControl(REVALIDATE).build();
        }
        if (request.checkNotModified(output.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(output.etag()).cacheControl(REVALIDATE).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(output.mediaType())).eTag(output.etag())
                .cacheControl(REVALIDATE).body(output.body());
    }
}
