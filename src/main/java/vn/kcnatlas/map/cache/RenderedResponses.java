package vn.kcnatlas.map.cache;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * HTTP answers for rendered output. Clients may keep what they get but must revalidate it
 * ({@code no-cache}); an unchanged tile then costs a 304 and a changed one is never shown stale. The
 * ETag is drawn from the bytes alone, so every instance behind a load balancer gives the same one for
 * the same map, and a client's copy from one is confirmed by another. Shared caches in front of the
 * instances may be allowed to keep outputs for a while ({@link RenderCacheProperties#sharedMaxAge()}),
 * browsers still revalidating each time.
 */
@Component
public final class RenderedResponses {

    private final CacheControl caching;

    RenderedResponses(RenderCacheProperties properties) {
        this.caching = properties.sharedMaxAge().isZero() ? CacheControl.noCache().cachePublic()
                : CacheControl.maxAge(Duration.ZERO).mustRevalidate().sMaxAge(properties.sharedMaxAge()).cachePublic();
    }

    /** Writes the output straight to the servlet response, for paths served ahead of Spring MVC. */
    public void write(RenderedOutput output, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, caching.getHeaderValue());
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

    public ResponseEntity<byte[]> respond(RenderedOutput output, WebRequest request) {
        if (output.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).cacheControl(caching).build();
        }
        if (request.checkNotModified(output.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(output.etag()).cacheControl(caching).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(output.mediaType())).eTag(output.etag())
                .cacheControl(caching).body(output.body());
    }
}
