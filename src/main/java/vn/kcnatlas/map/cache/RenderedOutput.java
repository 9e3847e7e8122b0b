package vn.kcnatlas.map.cache;

import java.time.LocalDate;

import vn.kcnatlas.web.ETags;

/**
 * The bytes of a rendered map, tile or vector tile, with their media type and an ETag. An empty output
 * stands for "nothing here" and is answered with 204 No Content.
 */
public record RenderedOutput(byte[] body, String mediaType, String etag) {

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

    public boolean isEmpty() {
        return body.length == 0;
    }
}
