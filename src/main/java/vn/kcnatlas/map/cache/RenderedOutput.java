package vn.kcnatlas.map.cache;

import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The bytes of a rendered map, tile or vector tile, with their media type and an ETag. An empty output
 * stands for "nothing here" and is answered with 204 No Content. The ETag is weak so that Tomcat 11
 * gzips vector tiles (it never compresses a response with a strong ETag).
 */
public record RenderedOutput(byte[] body, String mediaType, String etag) {

    public static RenderedOutput of(byte[] body, String mediaType) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        String etag = "W/\"" + HexFormat.of().toHexDigits(crc.getValue()).substring(8) + Integer.toHexString(body.length)
                + "\"";
        return new RenderedOutput(body, mediaType, etag);
    }

    public static RenderedOutput empty(String mediaType) {
        return new RenderedOutput(new byte[0], mediaType, null);
    }

    public boolean isEmpty() {
        return body.length == 0;
    }
}
