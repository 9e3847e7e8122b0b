package vn.kcnatlas.map.cache;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.parser.AcceptEncoding;

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
 *
 * <p>Vector tiles go gzipped to clients that take gzip, compressed once per cached tile
 * ({@link RenderedOutput#gzipped()}), with their own ETag and {@code Vary: Accept-Encoding}. PNG is
 * compressed already.
 */
@Component
public final class RenderedResponses {

    private final CacheControl caching;
    /** The Cache-Control value of every answer, made once. */
    private final String cachingHeader;

    RenderedResponses(RenderCacheProperties properties) {
        this.caching = properties.sharedMaxAge().isZero() ? CacheControl.noCache().cachePublic()
                : CacheControl.maxAge(Duration.ZERO).mustRevalidate().sMaxAge(properties.sharedMaxAge()).cachePublic();
        this.cachingHeader = caching.getHeaderValue();
    }

    /** Writes the output straight to the servlet response, for paths served ahead of Spring MVC. */
    public void write(RenderedOutput output, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cachingHeader);
        if (output.isEmpty()) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        byte[] body = output.body();
        String etag = output.etag();
        List<String> vary = new ArrayList<>(response.getHeaders(HttpHeaders.VARY));
        if (output.compressible()) {
            vary.add(HttpHeaders.ACCEPT_ENCODING);
            RenderedOutput.Encoded gzipped = takesGzip(request.getRequest()) ? output.gzipped() : null;
            if (gzipped != null) {
                body = gzipped.body();
                etag = gzipped.etag();
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        // One Vary line where the CORS processor adds three: Tomcat makes a charset encoder for the name
        // and another for the value of every header line it writes.
        if (!vary.isEmpty()) {
            response.setHeader(HttpHeaders.VARY, String.join(", ", vary));
        }
        if (request.checkNotModified(etag)) {
            return;
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setContentType(output.mediaType());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getRequest().getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Whether the request's Accept-Encoding takes gzip: named, or by {@code *}, with a quality above 0. A
     * header that does not parse takes nothing but the bytes as they are.
     */
    private static boolean takesGzip(HttpServletRequest request) {
        Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        Double gzip = null;
        Double any = null;
        while (headers.hasMoreElements()) {
            List<AcceptEncoding> codings;
            try {
                codings = AcceptEncoding.parse(new StringReader(headers.nextElement()));
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
            for (AcceptEncoding coding : codings) {
                String name = coding.getEncoding();
                if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                    gzip = coding.getQuality();
                } else if (name.equals("*")) {
                    any = coding.getQuality();
                }
            }
        }
        double quality = gzip != null ? gzip : any != null ? any : 0;
        return quality > 0;
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
