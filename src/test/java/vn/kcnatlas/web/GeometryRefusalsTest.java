package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.GeometryValidator;
import vn.kcnatlas.geo.check.NamedArea;
import vn.kcnatlas.geo.check.Placement;
import vn.kcnatlas.geo.check.ZonePlacement;

class GeometryRefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,11],[106,10],[105,11],"
            + "[105,10]]]}";

    @Test
    void refusalIsA422ListingEachProblemWithCodeMessagePointerAndCoordinate() {
        ApiException refusal = GeometryRefusals.refusal(validate(BOW_TIE, false, null), "/geometry");

        assertThat(refusal.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refusal.title()).isEqualTo("Invalid geometry");
        assertThat(refusal.getMessage()).isEqualTo("self-intersection at [105.5, 10.5] in ring /coordinates/0");
        assertThat(refusal.details()).containsOnlyKeys("errors");
        assertThat(json(refusal.details()).get("errors")).isEqualTo(JSON.readTree("[{\"code\":\"self-intersection\","
                + "\"message\":\"self-intersection at [105.5, 10.5] in ring /coordinates/0\","
                + "\"pointer\":\"/geometry/coordinates/0\",\"coordinate\":[105.5,10.5]}]"));
    }

    @Test
    void problemsWithoutPointerOrCoordinateLeaveThemOut() {
        ApiException refusal = GeometryRefusals.refusal(validate("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],"
                + "[\"x\",10.5],[105.61],[105.6,10.5]]]}", false, null), "");
        assertThat(refusal.getMessage()).endsWith(" (and 1 more problem)");
        JsonNode errors = json(refusal.details()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).propertyNames()).containsExactly("code", "message", "pointer");
        assertThat(errors.get(0).get("pointer").asString()).isEqualTo("/coordinates/0/1/0");
    }

    @Test
    void unreportedProblemsAreCounted() {
        StringBuilder ring = new StringBuilder("[[105.6,10.5]");
        for (int i = 0; i < 60; i++) {
            ring.append(",[\"105\",10]");
        }
        ring.append(",[105.6,10.5]]");
        ApiException refusal = GeometryRefusals.refusal(validate("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}",
                false, null), "");
        assertThat(refusal.details()).containsEntry("unreportedErrors", 10);
        assertThat(refusal.getMessage()).endsWith(" (and 59 more problems)");
    }

    @Test
    void acceptedGeometryCarriesItsAreaComparisonWarningsAndRepair() {
        Map<String, Object> members = GeometryRefusals.members(validate(BOW_TIE, true, 100.0), "/geometry");
        JsonNode json = json(members);
        assertThat(json.propertyNames()).containsExactly("geodesicAreaHa", "declaredAreaHa", "areaDifferenceHa",
                "areaDifferencePct", "warnings", "repair");
        assertThat(json.get("warnings").get(0).get("code").asString()).isEqualTo("area-mismatch");
        assertThat(json.get("repair").get("summary").asString()).startsWith("fixed: self-intersection at [105.5, 10.5]");
        assertThat(json.get("repair").get("before").get("polygons").asInt()).isEqualTo(1);
        assertThat(json.get("repair").get("after").get("polygons").asInt()).isEqualTo(2);
    }

    @Test
    void refusalAfterRepairStillSaysWhatTheRepairDid() {
        NamedArea underneath = new NamedArea("kcn-a", "A", Wgs84.FACTORY.toGeometry(new Envelope(105, 106, 10, 11)));
        Placement zone = new ZonePlacement(null, box -> List.of(underneath));
        GeometryValidation validation = GeometryValidator.validate(JSON.readTree(BOW_TIE), zone,
                new GeometryValidator.Options(true, null));
        ApiException refusal = GeometryRefusals.refusal(validation, "");
        assertThat(refusal.details()).containsKeys("errors", "geodesicAreaHa", "repair");
    }

    @Test
    void anAcceptedGeometryCannotBeRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeometryRefusals.refusal(validate(
                "{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],[105.61,10.51],[105.6,10.5]]]}",
                false, null), ""));
    }

    @Test
    void theHandlerAnswersTheRefusalAsAProblemDocument() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
                .setControllerAdvice(new ApiExceptionHandler()).build();
        mvc.perform(post("/api/zones").contentType(MediaType.APPLICATION_JSON).content(BOW_TIE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid geometry"))
                .andExpect(jsonPath("$.detail").value("self-intersection at [105.5, 10.5] in ring /coordinates/0"))
                .andExpect(jsonPath("$.errors[0].code").value("self-intersection"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/coordinates/0"))
                .andExpect(jsonPath("$.errors[0].coordinate[0]").value(105.5))
                .andExpect(jsonPath("$.errors[0].coordinate[1]").value(10.5));
    }

    /** Stands in for the write API: refuses whatever geometry it is sent. */
    @RestController
    static class RefusingController {

        @PostMapping("/api/zones")
        void create(@RequestBody String geometry) {
            throw GeometryRefusals.refusal(validate(geometry, false, null), "");
        }
    }

    private static GeometryValidation validate(String geometry, boolean repair, Double declaredHa) {
        return GeometryValidator.validate(JSON.readTree(geometry), Placement.anywhere(BoundaryKind.ZONE),
                new GeometryValidator.Options(repair, declaredHa));
    }

    private static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
