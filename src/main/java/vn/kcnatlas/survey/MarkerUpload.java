package vn.kcnatlas.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.web.ApiException;

/**
 * A marker file sent over HTTP, read by the one survey rule wherever it is sent (to be looked at, or to be
 * applied to a zone): the {@code crs} parameter names the TM-3 zone, the body is UTF-8 CSV, and every
 * problem of the file is answered as a problem document naming its row.
 */
public final class MarkerUpload {

    /** UTF-8, and ASCII, which is UTF-8 too. */
    private static final Set<String> READABLE_CHARSETS = Set.of("utf-8", "utf8", "us-ascii");

    private MarkerUpload() {
    }

    /**
     * The file's boundary and markers; no body is an empty file, refused as such.
     *
     * @throws ApiException 400 for a missing or unknown crs, 415 for another character set, 413 for a file
     *     too large, 422 naming every problem of the file found
     */
    public static MarkerSurvey survey(String crs, InputStreamResource file, HttpServletRequest request)
            throws IOException {
        Vn2000Tm3 zone = zoneOf(crs);
        checkCharset(MediaType.parseMediaType(request.getContentType()));
        try (InputStream body = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            return MarkerSurveyor.survey(zone, body);
        } catch (SurveyFileException e) {
            throw refusal(e);
        }
    }

    private static Vn2000Tm3 zoneOf(String crs) {
        return Optional.ofNullable(crs).flatMap(Vn2000Tm3::ofCode).orElseThrow(() -> {
            String given = crs == null ? "crs is required" : "crs '" + crs + "' is not supported";
            List<String> titles = Arrays.stream(Vn2000Tm3.values()).map(z -> z.code() + " " + z.title()).toList();
            List<String> codes = Arrays.stream(Vn2000Tm3.values()).map(Vn2000Tm3::code).toList();
            return new ApiException(HttpStatus.BAD_REQUEST, "Invalid parameter", given + ": name the VN-2000 TM-3 zone"
                    + " of the coordinates, one of " + String.join(", ", titles),
                    Map.of("parameter", "crs", "supported", codes));
        });
    }

    /** By name, not {@code MediaType.getCharset()}, which fails on a name Java does not know (tcvn3). */
    private static void checkCharset(MediaType contentType) {
        String charset = contentType.getParameter("charset");
        if (charset != null && !READABLE_CHARSETS.contains(charset.replace("\"", "").toLowerCase(Locale.ROOT))) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported character set", "A marker file is"
                    + " read as UTF-8, not " + charset + ": save it as CSV UTF-8 and send text/csv;charset=UTF-8",
                    Map.of());
        }
    }

    private static ApiException refusal(SurveyFileException e) {
        Map<String, Object> members = Map.of("errors", e.problems().stream().map(SurveyProblem::toJson).toList(),
                "errorCount", e.total());
        return e.tooLarge()
                ? new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Marker file too large", e.getMessage(), members)
                : new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid marker file", e.getMessage(), members);
    }
}
