package vn.kcnatlas.map.cache;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * HTTP answers for rendered output. Clients may keep what they get but must revalidate it
 * ({@code no-cache}); an unchanged tile then costs a 304 and a changed one is never shown stale.
 */
public final class RenderedResponses {

    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private RenderedResponses() {
    }

    /** Writes the output straight to the servlet response, for paths served ahead of Spring MVC. */
    public static void write(RenderedOutput output, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE.getHeaderValue());
        if (output.isEmpty()) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (request.checkNotModified(output.etag())) {
            return;
        }
        response.setHeader(HttpHeaders.ETAG, output.etag());
        response.setContentType(output.mediaType());
        response.setContentLength(output.body().length);
        if (!"HEAD".equals(request.getRequest().getMethod())) {
            response.getOutputStream().write(output.body());
        }
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
