package vn.kcnatlas.web;

import java.util.zip.CRC32C;

/**
 * The ETags of every response that has one. They are weak: Tomcat 11 never gzips a response with a
 * strong ETag, and the same bytes gzipped or not are the same representation to a client that
 * revalidates with If-None-Match.
 */
public final class ETags {

    private ETags() {
    }

    /**
     * An ETag from the bytes a response carries.
     *
     * @param prefix what the tag starts with, such as a resource's version ("v3-"); may be empty
     * @param parts the body, and anything else that tells representations apart (a media type)
     */
    public static String of(String prefix, byte[]... parts) {
        CRC32C crc = new CRC32C();
        long length = 0;
        for (byte[] part : parts) {
            crc.update(part);
            length += part.length;
        }
        return "W/\"" + prefix + Long.toHexString(crc.getValue()) + "-" + Long.toHexString(length) + "\"";
    }

    /**
     * The tag of the same resource in another representation, such as its gzipped bytes: the tag with the
     * coding appended, so a client revalidating one representation never gets a 304 for the other.
     */
    public static String variant(String etag, String coding) {
        return etag.substring(0, etag.length() - 1) + "-" + coding + "\"";
    }
}
