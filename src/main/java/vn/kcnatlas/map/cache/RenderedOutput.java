package vn.kcnatlas.map.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

import vn.kcnatlas.web.ETags;

/**
 * The bytes of a rendered map, tile or vector tile, with their media type and an ETag. An empty output
 * stands for "nothing here" and is answered with 204 No Content.
 *
 * <p>An output also keeps its gzipped bytes once a client has asked for them ({@link #gzipped()}), so a
 * cached vector tile is compressed once, not on every request.
 */
public final class RenderedOutput {

    /** The same output in another content coding, with its own ETag. */
    public record Encoded(byte[] body, String etag) {
    }

    /** The media type of vector tiles, the outputs worth compressing (PNG is compressed already). */
    public static final String VECTOR_TILE = "application/vnd.mapbox-vector-tile";
    /** What {@link #gzipped()} keeps when gzip gains nothing. */
    private static final Encoded NOT_SMALLER = new Encoded(new byte[0], "");

    private final byte[] body;
    private final String mediaType;
    private final String etag;
    /** Null until first asked for; computing it twice in a race does no harm. */
    private volatile Encoded gzipped;

    private RenderedOutput(byte[] body, String mediaType, String etag) {
        this.body = body;
        this.mediaType = mediaType;
        this.etag = etag;
    }

    public static RenderedOutput of(byte[] body, String mediaType) {
        return of(body, mediaType, null);
    }

    /**
     * @param asOf the past day the output shows, or null for now. Its ETag starts with the day, so that
     *     maps of two days never share a tag even where they draw the same bytes.
     */
    public static RenderedOutput of(byte[] body, String mediaType, LocalDate asOf) {
        return new RenderedOutput(body, mediaType, ETags.of(asOf == null ? "" : asOf + "-", body));
    }

    public static RenderedOutput empty(String mediaType) {
        return new RenderedOutput(new byte[0], mediaType, null);
    }

    public byte[] body() {
        return body;
    }

    public String mediaType() {
        return mediaType;
    }

    public String etag() {
        return etag;
    }

    public boolean isEmpty() {
        return body.length == 0;
    }

    /** Whether clients that take gzip get it gzipped. */
    public boolean compressible() {
        return mediaType.equals(VECTOR_TILE) && !isEmpty();
    }

    /** The bytes this output may come to hold: its body, and room for its gzipped copy if it may get one. */
    public long bytesHeld() {
        return compressible() ? 2L * body.length : body.length;
    }

    /**
     * The body gzipped, made on the first call and kept; null when gzip would not make it smaller (a tiny
     * tile), so it goes as it is.
     */
    public Encoded gzipped() {
        Encoded encoded = gzipped;
        if (encoded == null) {
            byte[] compressed = gzip(body);
            encoded = compressed.length < body.length ? new Encoded(compressed, ETags.variant(etag, "gzip"))
                    : NOT_SMALLER;
            gzipped = encoded;
        }
        return encoded == NOT_SMALLER ? null : encoded;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
