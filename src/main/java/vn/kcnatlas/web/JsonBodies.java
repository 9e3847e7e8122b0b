package vn.kcnatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.text.Utf8;

/**
 * Reads the JSON body of a write, refusing one over {@link #MAX_BYTES} (413), one that is not UTF-8
 * (400, naming the first byte that is not) or one that is not JSON (400, saying where it stops being
 * JSON). The limit bounds what one write can cost: a zone boundary of {@code geo.BoundaryKind}'s most
 * vertices fits in it.
 *
 * <p>UTF-8 is checked here, strictly, because the JSON parser decodes leniently: it reads the overlong
 * {@code C0 AF} as "/" and lone surrogates as characters, which would let a name or a code carry what
 * a check on its text never saw.
 */
public final class JsonBodies {

    /** 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private JsonBodies() {
    }

    public static JsonNode read(HttpServletRequest request, JsonMapper json) {
        return read(request, json, MAX_BYTES, "a GeoJSON Feature",
                MAX_BYTES / (1024 * 1024) + " MB; simplify the geometry or split the change");
    }

    /**
     * @param expected what the body should be, for the answer to an empty one
     * @param limit the limit in words, and what to do about it, for the answer to one over {@code maxBytes}
     */
    public static JsonNode read(HttpServletRequest request, JsonMapper json, int maxBytes, String expected,
            String limit) {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(limit);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > maxBytes) {
            throw tooLarge(limit);
        }
        if (body.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed request", "The request has no body; send "
                    + expected, Map.of());
        }
        String text = utf8(body);
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed request", "The body is not valid JSON" + where
                    + ": " + e.getOriginalMessage(), Map.of());
        }
    }

    /** The body as text, decoded once: the parser then reads what was checked. */
    private static String utf8(byte[] body) {
        Utf8.Decoded decoded = Utf8.decode(body);
        if (!decoded.valid()) {
            int at = decoded.invalidAt();
            throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed request", String.format(Locale.ROOT,
                    "The body is not UTF-8 text: byte 0x%02X at offset %d is not valid UTF-8; send JSON as UTF-8",
                    body[at] & 0xff, at), Map.of());
        }
        return decoded.text();
    }

    private static ApiException tooLarge(String limit) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "This body may be at most " + limit,
                Map.of());
    }
}
