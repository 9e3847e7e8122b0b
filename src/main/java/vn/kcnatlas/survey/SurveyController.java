package vn.kcnatlas.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.Vn2000Tm3;
import vn.kcnatlas.web.ApiException;
import vn.kcnatlas.web.GeoJsonResponses;

/**
 * {@code POST /api/survey/markers?crs=EPSG:5897}: a surveyors' marker file in VN-2000 TM-3 → the boundary
 * and its markers in WGS 84, as GeoJSON. Nothing is stored; a planner looks at the answer before applying
 * it to a zone.
 */
@RestController
class SurveyController {

    /** UTF-8, and ASCII, which is UTF-8 too. */
    private static final Set<String> READABLE_CHARSETS = Set.of("utf-8", "utf8", "us-ascii");
    private static final MediaType GEO_JSON_UTF8 = new MediaType(GeoJsonResponses.GEO_JSON, StandardCharsets.UTF_8);

    private final JsonMapper json;

    SurveyController(JsonMapper json) {
        this.json = json;
    }

    /** The file as a stream, read up to the size limit; no body is an empty file, refused as such. */
    @PostMapping(path = "/api/survey/markers", consumes = "text/csv")
    ResponseEntity<byte[]> markers(@RequestParam(required = false) String crs,
            @RequestBody(required = false) InputStreamResource file, HttpServletRequest request) throws IOException {
        Vn2000Tm3 zone = zoneOf(crs);
        checkCharset(MediaType.parseMediaType(request.getContentType()));
        MarkerSurvey survey;
        try (InputStream body = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            survey = MarkerSurveyor.survey(zone, body);
        } catch (SurveyFileException e) {
            throw refusal(e);
        }
        return ResponseEntity.ok().contentType(GEO_JSON_UTF8)
                .body(json.writeValueAsBytes(MarkerSurveyGeoJson.collection(survey)));
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
