package vn.kcnatlas.survey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.web.GeoJsonResponses;

/**
 * {@code POST /api/survey/markers?crs=EPSG:5897}: a surveyors' marker file in VN-2000 TM-3 → the boundary
 * and its markers in WGS 84, as GeoJSON. Nothing is stored; a planner looks at the answer before applying
 * it to a zone ({@code POST /api/zones/{code}/markers}).
 */
@RestController
class SurveyController {

    private static final MediaType GEO_JSON_UTF8 = new MediaType(GeoJsonResponses.GEO_JSON, StandardCharsets.UTF_8);

    private final JsonMapper json;

    SurveyController(JsonMapper json) {
        this.json = json;
    }

    /** The file as a stream, read up to the size limit. */
    @PostMapping(path = "/api/survey/markers", consumes = "text/csv")
    ResponseEntity<byte[]> markers(@RequestParam(required = false) String crs,
            @RequestBody(required = false) InputStreamResource file, HttpServletRequest request) throws IOException {
        MarkerSurvey survey = MarkerUpload.survey(crs, file, request);
        return ResponseEntity.ok().contentType(GEO_JSON_UTF8)
                .body(json.writeValueAsBytes(MarkerSurveyGeoJson.collection(survey)));
    }
}
