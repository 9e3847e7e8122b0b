package vn.kcnatlas.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for what clients send: overlong forms ({@code C0 AF} for "/"), lone surrogates and stray
 * bytes are errors, found with their offset so a refusal can name the byte.
 */
public final class Utf8 {

    /**
     * @param text the decoded text, or null when the bytes are not UTF-8
     * @param invalidAt the offset of the first byte that is not UTF-8, or -1
     */
    public record Decoded(String text, int invalidAt) {

        public boolean valid() {
            return invalidAt < 0;
        }
    }

    private Utf8() {
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? new Decoded(null, in.position()) : new Decoded(out.flip().toString(), -1);
    }
}
