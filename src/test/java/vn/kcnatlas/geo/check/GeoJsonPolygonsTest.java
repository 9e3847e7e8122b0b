package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.ProblemCode;
import vn.kcnatlas.geo.Wgs84;

class GeoJsonPolygonsTest {

    static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static final String SQUARE = "[[105.6,10.5],[105.61,10.5],[105.61,10.51],[105.6,10.51],[105.6,10.5]]";

    @Test
    void readsAPolygonAsAPolygonInSrid4326() {
        GeoJsonPolygons.Outcome read = read("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
        assertThat(read.problems()).isEmpty();
        assertThat(read.geometry()).isInstanceOf(Polygon.class);
        assertThat(read.geometry().getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(read.geometry().getCoordinates()[1]).isEqualTo(new Coordinate(105.61, 10.5));
    }

    @Test
    void readsAMultiPolygonWithHoles() {
        String hole = "[[105.602,10.502],[105.602,10.508],[105.608,10.508],[105.608,10.502],[105.602,10.502]]";
        GeoJsonPolygons.Outcome read = read("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "," + hole
                + "],[" + SQUARE.replace("105.6,", "105.7,").replace("105.61,", "105.71,") + "]]}");
        assertThat(read.problems()).isEmpty();
        assertThat(read.geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(((Polygon) read.geometry().getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void thirdCoordinateIsAcceptedAndDropped() {
        GeoJsonPolygons.Outcome read = read("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5,2.5],[105.61,10.5,3],"
                + "[105.61,10.51,3],[105.6,10.5,2.5]]]}");
        assertThat(read.problems()).isEmpty();
        assertThat(read.geometry().getCoordinates()).allSatisfy(c -> assertThat(c.getZ()).isNaN());
    }

    @Test
    void unclosedRingPointsAtItsLastPosition() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],[105.61,10.51],"
                + "[105.6,10.51]]]}")).containsExactly(new GeometryProblem(ProblemCode.RING_NOT_CLOSED,
                        "ring /coordinates/0 is not closed: it starts at [105.6, 10.5] but ends at [105.6, 10.51]; a"
                                + " ring's last position must repeat its first", "/coordinates/0/3",
                        new LonLat(105.6, 10.51)));
    }

    @Test
    void unclosedRingIsClosedWhenAskedAndSaysSo() {
        GeoJsonPolygons.Outcome read = GeoJsonPolygons.read(json("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[105.6,"
                + "10.5],[105.61,10.5],[105.61,10.51]]]]}"), true);
        assertThat(read.problems()).isEmpty();
        assertThat(read.closedRings()).containsExactly("/coordinates/0/0");
        assertThat(read.geometry().getNumPoints()).isEqualTo(4);
    }

    @Test
    void threePositionRingHasTooFewPoints() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],[105.6,10.5]]]}"))
                .containsExactly(new GeometryProblem(ProblemCode.TOO_FEW_POINTS, "ring /coordinates/0 has 3 positions;"
                        + " a ring needs at least 4 (a triangle and its closing position)", "/coordinates/0",
                        new LonLat(105.6, 10.5)));
    }

    @Test
    void unclosedThreePositionRingHasBothFaults() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],[105.61,10.51]]]}"))
                .extracting(GeometryProblem::code, GeometryProblem::pointer).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.RING_NOT_CLOSED, "/coordinates/0/2"),
                        org.assertj.core.groups.Tuple.tuple(ProblemCode.TOO_FEW_POINTS, "/coordinates/0"));
    }

    @Test
    void emptyRingHasNoPositions() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[]]}")).containsExactly(new GeometryProblem(
                ProblemCode.TOO_FEW_POINTS, "ring /coordinates/0 has 0 positions; a ring needs at least 4 (a triangle"
                        + " and its closing position)", "/coordinates/0", null));
    }

    @Test
    void emptyPolygonIsEmpty() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[]}")).containsExactly(new GeometryProblem(
                ProblemCode.EMPTY, "polygon /coordinates has no rings", "/coordinates", null));
    }

    @Test
    void emptyMultiPolygonIsEmpty() {
        assertThat(problems("{\"type\":\"MultiPolygon\",\"coordinates\":[]}")).containsExactly(new GeometryProblem(
                ProblemCode.EMPTY, "the MultiPolygon has no polygons", "/coordinates", null));
    }

    @Test
    void emptyPartOfAMultiPolygonIsEmpty() {
        assertThat(problems("{\"type\":\"MultiPolygon\",\"coordinates\":[[" + SQUARE + "],[]]}")).containsExactly(
                new GeometryProblem(ProblemCode.EMPTY, "polygon /coordinates/1 has no rings", "/coordinates/1", null));
    }

    @Test
    void nanIsNotFinite() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[NaN,10.5],[105.61,10.51],"
                + "[105.6,10.5]]]}")).containsExactly(new GeometryProblem(ProblemCode.NOT_FINITE,
                        "coordinate /coordinates/0/1/0 is NaN; coordinates must be finite numbers", "/coordinates/0/1/0",
                        null));
    }

    @Test
    void infinityIsNotFinite() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,-Infinity],[105.61,10.51],"
                + "[105.6,10.5]]]}")).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.NOT_FINITE);
                    assertThat(p.pointer()).isEqualTo("/coordinates/0/1/1");
                    assertThat(p.message()).contains("-Infinity");
                });
    }

    @Test
    void numberTooLargeForADoubleIsNotFinite() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[1e999,10.5],[105.61,10.51],"
                + "[105.6,10.5]]]}")).extracting(GeometryProblem::code, GeometryProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NOT_FINITE, "/coordinates/0/1/0"));
    }

    @Test
    void bigDecimalBeyondADoubleIsNotFinite() {
        ObjectNode geometry = (ObjectNode) json("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
        ((tools.jackson.databind.node.ArrayNode) geometry.get("coordinates").get(0).get(1)).set(0,
                JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e400")));
        assertThat(GeoJsonPolygons.read(geometry, false).problems()).containsExactly(new GeometryProblem(
                ProblemCode.NOT_FINITE, "coordinate /coordinates/0/1/0 is Infinity; coordinates must be finite numbers",
                "/coordinates/0/1/0", null));
    }

    @Test
    void nanBuiltInMemoryIsNotFinite() {
        ObjectNode geometry = (ObjectNode) json("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "]}");
        ((tools.jackson.databind.node.ArrayNode) geometry.get("coordinates").get(0).get(2)).set(1,
                JsonNodeFactory.instance.numberNode(Double.NaN));
        assertThat(GeoJsonPolygons.read(geometry, false).problems()).extracting(GeometryProblem::pointer)
                .containsExactly("/coordinates/0/2/1");
    }

    @Test
    void hugeFiniteNumbersAreReadForTheVietnamCheckToRefuse() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[1e308,10.5],[105.61,10.51],"
                + "[105.6,10.5]]]}")).isEmpty();
    }

    @Test
    void textNumbersAreTheWrongType() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[\"105.61\",10.5],[105.61,10.51],"
                + "[105.6,10.5]]]}")).containsExactly(new GeometryProblem(ProblemCode.WRONG_TYPE,
                        "coordinate /coordinates/0/1/0 must be a number, got the text \"105.61\"; write numbers"
                                + " without quotes", "/coordinates/0/1/0", null));
    }

    @Test
    void positionWithOneNumberIsTooShort() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61],[105.61,10.51],"
                + "[105.6,10.5]]]}")).containsExactly(new GeometryProblem(ProblemCode.POSITION_TOO_SHORT,
                        "position /coordinates/0/1 has 1 number; a position needs a longitude and a latitude",
                        "/coordinates/0/1", null));
    }

    @Test
    void emptyPositionIsTooShort() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[],[105.61,10.51],[105.6,10.5]]]}"))
                .extracting(GeometryProblem::code).containsExactly(ProblemCode.POSITION_TOO_SHORT);
    }

    @Test
    void multiPolygonCoordinatesUnderPolygonAreNestedTooDeep() {
        List<GeometryProblem> problems = problems("{\"type\":\"Polygon\",\"coordinates\":[[" + SQUARE + "]]}");
        assertThat(problems).hasSize(5).first().isEqualTo(new GeometryProblem(ProblemCode.WRONG_TYPE,
                "coordinate /coordinates/0/0/0 must be a number, got a list [105.6,10.5]: the coordinates are nested"
                        + " one level too deep for a Polygon (is it a MultiPolygon?)", "/coordinates/0/0/0", null));
    }

    @Test
    void polygonCoordinatesUnderMultiPolygonAreNestedTooShallow() {
        List<GeometryProblem> problems = problems("{\"type\":\"MultiPolygon\",\"coordinates\":[" + SQUARE + "]}");
        assertThat(problems).first().isEqualTo(new GeometryProblem(ProblemCode.WRONG_TYPE,
                "position /coordinates/0/0/0 must be a list [longitude, latitude], got the number 105.6: the"
                        + " coordinates are nested one level too shallow for a MultiPolygon", "/coordinates/0/0/0",
                null));
    }

    @Test
    void coordinatesThatAreNotAListAreTheWrongType() {
        assertThat(problems("{\"type\":\"Polygon\",\"coordinates\":\"x\"}")).containsExactly(new GeometryProblem(
                ProblemCode.WRONG_TYPE, "/coordinates must be a list of rings, got the text \"x\"", "/coordinates",
                null));
    }

    @Test
    void missingCoordinatesAreNamed() {
        assertThat(problems("{\"type\":\"Polygon\"}")).containsExactly(new GeometryProblem(ProblemCode.WRONG_TYPE,
                "the Polygon has no coordinates member", "/coordinates", null));
    }

    @Test
    void otherGeometryTypesAreRefused() {
        for (String type : List.of("Point", "LineString", "MultiLineString", "GeometryCollection", "Circle")) {
            assertThat(problems("{\"type\":\"" + type + "\",\"coordinates\":[105.6,10.5]}")).containsExactly(
                    new GeometryProblem(ProblemCode.WRONG_TYPE, "a boundary must be a Polygon or MultiPolygon, got a "
                            + type, "/type", null));
        }
    }

    @Test
    void aFeatureIsRefusedWithAHint() {
        assertThat(problems("{\"type\":\"Feature\",\"geometry\":null}")).extracting(GeometryProblem::message)
                .containsExactly("a boundary must be a Polygon or MultiPolygon, got a Feature; send the feature's"
                        + " geometry member");
    }

    @Test
    void missingOrNonTextTypeIsRefused() {
        assertThat(problems("{\"coordinates\":[]}")).extracting(GeometryProblem::message)
                .containsExactly("a boundary must be a Polygon or MultiPolygon, got no type");
        assertThat(problems("{\"type\":7,\"coordinates\":[]}")).extracting(GeometryProblem::pointer)
                .containsExactly("/type");
    }

    @Test
    void nonObjectsAreRefused() {
        assertThat(GeoJsonPolygons.read(null, false).problems()).extracting(GeometryProblem::message).containsExactly(
                "a geometry must be a GeoJSON object such as {\"type\": \"Polygon\", \"coordinates\": [...]}, got"
                        + " nothing");
        assertThat(problems("[1,2]")).extracting(GeometryProblem::code, GeometryProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.WRONG_TYPE, ""));
    }

    @Test
    void readsOnToNameEveryFault() {
        assertThat(problems("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[105.6,10.5],[\"x\",10.5],[105.61,10.51],"
                + "[105.6,10.5]]],[[[105.7,10.5],[105.71,10.5],[105.71,10.51]]]]}"))
                .extracting(GeometryProblem::pointer)
                .containsExactly("/coordinates/0/0/1/0", "/coordinates/1/0/2", "/coordinates/1/0");
    }

    @Test
    void problemsPastTheLimitAreCountedNotListed() {
        StringBuilder ring = new StringBuilder("[[105.6,10.5]");
        for (int i = 0; i < 120; i++) {
            ring.append(",[\"105\",\"10\"]");
        }
        ring.append(",[105.6,10.5]]");
        GeoJsonPolygons.Outcome read = read("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        assertThat(read.problems()).hasSize(Limits.MAX_REPORTED_PROBLEMS);
        assertThat(read.unreported()).isEqualTo(240 - Limits.MAX_REPORTED_PROBLEMS);
        assertThat(read.geometry()).isNull();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static GeoJsonPolygons.Outcome read(String geometry) {
        return GeoJsonPolygons.read(json(geometry), false);
    }

    private static List<GeometryProblem> problems(String geometry) {
        return read(geometry).problems();
    }
}
