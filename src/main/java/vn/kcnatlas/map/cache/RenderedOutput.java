package vn.kcnatlas.map.cache;

import vn.kcnatlas.web.ETags;

/**
 * The bytes of a rendered map, tile or vector tile, with their media type and an ETag. An empty output
 * stands for "nothing here" and is answered with 204 No Content.
 */
public record RenderedOutput(byte[] body, String mediaType, String etag) {

    public static RenderedOutput of(byte[] body, String mediaType) {
        return new RenderedOutput(body, mediaType, ETags.of("", body));
    }

    public static RenderedOutput empty(String mediaType) {
        return new RenderedOutput(new byte[0], mediaType, null);
    }

    public boolean isEmpty() {
        return body.length == 0;
    }
}
