package vn.kcnatlas.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8() {
    }

    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? new Decoded(null, in.position()) : new Decoded(out.flip().toString(), -1);
    }

    /**
     * A reader of a stream of the same strict UTF-8, past a byte order mark if the text starts with one, for
     * files too large to hold twice: a byte that is not UTF-8 fails the read that reaches it with a
     * {@link CharacterCodingException}. Closing it closes the stream.
     */
    public static Reader reader(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, strictDecoder()));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** Whether a failure to read text came from bytes that are not UTF-8, however a parser wrapped it. */
    public static boolean isEncodingFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
