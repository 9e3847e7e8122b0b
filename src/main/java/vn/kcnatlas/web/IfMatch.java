package vn.kcnatlas.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

/**
 * The version a write is based on, from its If-Match header: an ETag this server gave, whose
 * {@code v<version>-} prefix ({@link ETags}) names the version. Writes compare versions, not the bytes
 * of one representation: the tag of a zone sent as JSON or GeoJSON, gzipped or not, names the same
 * version. A write without If-Match is refused with 428, so no client overwrites a change it never saw.
 */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("^\\s*(?:W/)?\"v(\\d{1,9})-[^\"]*\"\\s*$");

    private IfMatch() {
    }

    /**
     * @param header the If-Match header, or null
     * @param what "zone", "lot", for the messages
     * @param currentVersion the version the record is at now, named when the tag is not one of ours
     */
    public static int version(String header, String what, int currentVersion) {
        if (header == null || header.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", "Changing a " + what
                    + " requires If-Match with the ETag of the version the change is based on; GET the " + what
                    + " to get it", Map.of("currentVersion", currentVersion));
        }
        Matcher matcher = VERSION.matcher(header);
        if (!matcher.matches()) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "Precondition failed", "If-Match '" + header
                    + "' is not an ETag of a version of this " + what + " (they read W/\"v<version>-…\"); GET the "
                    + what + " to get its ETag", Map.of("currentVersion", currentVersion));
        }
        return Integer.parseInt(matcher.group(1));
    }
}
