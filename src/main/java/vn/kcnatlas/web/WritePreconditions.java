package vn.kcnatlas.web;

import java.security.Principal;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

/**
 * The preconditions every write to a versioned record keeps (RFC 9110, RFC 6585): If-Match must name
 * the version the record is at now. They are judged before the body is read; the write checks the
 * version again in its transaction, against a writer that got in between.
 */
public final class WritePreconditions {

    private WritePreconditions() {
    }

    /**
     * The version a write is based on.
     *
     * @param what "zone", "lot"
     * @param id the record's id, for messages
     * @param current the record as it is now, as the client reads it, for the 412's body
     * @throws ApiException 428 without If-Match, 412 when it names another version
     */
    public static int basedOn(String ifMatch, String what, String id, int currentVersion,
            Supplier<Map<String, Object>> current) {
        int basedOn = IfMatch.version(ifMatch, what, currentVersion);
        if (basedOn != currentVersion) {
            throw stale(what, id, currentVersion, basedOn, current.get());
        }
        return basedOn;
    }

    /** The 412 of a write based on a version the record is no longer at; nothing was written. */
    public static ApiException stale(String what, String id, int currentVersion, int basedOn,
            Map<String, Object> current) {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "Precondition failed", "The " + what + " '" + id
                + "' is at version "
                + currentVersion + ", not " + basedOn + ": someone changed it since; it is attached as it is now."
                + " Nothing was written.", Map.of("currentVersion", currentVersion, "current", current));
    }

    /** Who the history names: the signed-in user, or "anonymous" for a request without one. */
    public static String actor(Principal user) {
        return user == null ? "anonymous" : user.getName();
    }
}
