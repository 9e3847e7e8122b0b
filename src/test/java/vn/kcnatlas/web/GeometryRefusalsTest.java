package vn.kcnatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.check.GeometryValidation;
import vn.kcnatlas.geo.check.GeometryValidator;
import vn.kcnatlas.geo.check.Placement;

/** What an answer to a write says about the boundary it judged, and how every 422 lists a problem. */
class GeometryRefusalsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,11],[106,10],[105,11],"
            + "[105,10]]]}";

    @Test
    void acceptedGeometryCarriesItsAreaComparisonWarningsAndRepair() {
        Map<String, Object> members = GeometryRefusals.members(validate(BOW_TIE, true, 100.0), "/geometry");
        JsonNode json = JSON.valueToTree(members);
        assertThat(json.propertyNames()).containsExactly("geodesicAreaHa", "declaredAreaHa", "areaDifferenceHa",
                "areaDifferencePct", "warnings", "repair");
        assertThat(json.get("warnings").get(0).get("code").asString()).isEqualTo("area-mismatch");
        assertThat(json.get("repair").get("summary").asString()).startsWith("fixed: self-intersection at [105.5, 10.5]");
        assertThat(json.get("repair").get("before").get("polygons").asInt()).isEqualTo(1);
        assertThat(json.get("repair").get("after").get("polygons").asInt()).isEqualTo(2);
    }

    @Test
    void aProblemLeavesOutThePointerAndCoordinateItHasNot() {
        assertThat(ProblemMembers.of("self-intersection", "crosses", "/geometry/coordinates/0",
                new LonLat(105.5, 10.5))).containsExactly(Map.entry("code", "self-intersection"),
                        Map.entry("message", "crosses"), Map.entry("pointer", "/geometry/coordinates/0"),
                        Map.entry("coordinate", java.util.List.of(105.5, 10.5)));
        assertThat(ProblemMembers.of("overlaps-zone", "overlaps", null, null)).containsOnlyKeys("code", "message");
    }

    private static GeometryValidation validate(String geometry, boolean repair, Double declaredHa) {
        return GeometryValidator.validate(JSON.readTree(geometry), Placement.anywhere(BoundaryKind.ZONE),
                new GeometryValidator.Options(repair, declaredHa));
    }
}
