package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;
import static vn.kcnatlas.geo.check.GeoJsonPolygonsTest.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.LonLat;
import vn.kcnatlas.geo.ProblemCode;
import vn.kcnatlas.geo.Wgs84;

class GeometryValidatorTest {

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],"
            + "[105.61,10.51],[105.6,10.51],[105.6,10.5]]]}";
    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,11],[106,10],[105,11],"
            + "[105,10]]]}";
    private static final Placement ZONE = Placement.anywhere(BoundaryKind.ZONE);
    private static final GeometryValidator.Options REPAIR = new GeometryValidator.Options(true, null);

    @Test
    void validPolygonIsAcceptedAsAMultiPolygonInSrid4326WithItsArea() {
        GeometryValidation validation = validate(SQUARE, GeometryValidator.Options.STRICT);
        assertThat(validation.valid()).isTrue();
        MultiPolygon accepted = validation.accepted();
        assertThat(accepted.getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(accepted.getFactory()).isSameAs(Wgs84.FACTORY);
        assertThat(accepted.getNumGeometries()).isEqualTo(1);
        assertThat(validation.areaHa()).isEqualTo(GeodesicArea.hectares(accepted)).isCloseTo(121.4, within(0.5));
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.repair()).isNull();
        assertThat(validation.area()).isNull();
    }

    @Test
    void bowTieIsRefusedAtItsCrossing() {
        GeometryValidation validation = validate(BOW_TIE, GeometryValidator.Options.STRICT);
        assertThat(validation.valid()).isFalse();
        assertThat(validation.geometry()).isNull();
        assertThat(validation.problems()).containsExactly(new GeometryProblem(ProblemCode.SELF_INTERSECTION,
                "self-intersection at [105.5, 10.5] in ring /coordinates/0", "/coordinates/0", new LonLat(105.5, 10.5)));
        assertThatIllegalStateException().isThrownBy(validation::accepted)
                .withMessage("the geometry was refused: self-intersection at [105.5, 10.5] in ring /coordinates/0");
    }

    @Test
    void bowTieIsRepairedIntoTwoTrianglesAndTheRepairSaysSo() {
        GeometryValidation validation = validate(BOW_TIE, REPAIR);
        assertThat(validation.valid()).isTrue();
        assertThat(validation.accepted().getNumGeometries()).isEqualTo(2);
        Repair repair = validation.repair();
        assertThat(repair.before()).isEqualTo(new Repair.Figures(1, 0, 5, repair.before().areaHa()));
        assertThat(repair.after()).isEqualTo(new Repair.Figures(2, 0, 8, validation.areaHa()));
        assertThat(repair.summary()).isEqualTo("fixed: self-intersection at [105.5, 10.5] in ring /coordinates/0;"
                + " 1 polygon became 2; area changed from " + Hectares.format(repair.before().areaHa()) + " to "
                + Hectares.format(validation.areaHa()) + "; 3 vertices added");
        assertThat(validation.areaHa()).isCloseTo(2 * GeodesicArea.hectares(Wgs84.FACTORY.createPolygon(
                Boxes.polygon(105, 10, 105.5, 10.5, 105, 11, 105, 10).getCoordinates())), within(1e-6));
    }

    /** GeometryFixer makes a hole outside its shell a polygon of its own: the report must show the area grew. */
    @Test
    void holeOutsideItsShellBecomesAPolygonByRepairAndTheAreaChangeIsReported() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],"
                + "[105.61,10.51],[105.6,10.51],[105.6,10.5]],[[105.7,10.5],[105.71,10.5],[105.71,10.51],[105.7,10.5]]]}",
                REPAIR);
        assertThat(validation.valid()).isTrue();
        double shell = Boxes.hectares(105.6, 10.5, 105.61, 10.51);
        double hole = GeodesicArea.hectares(Boxes.polygon(105.7, 10.5, 105.71, 10.5, 105.71, 10.51, 105.7, 10.5));
        assertThat(validation.areaHa()).isCloseTo(shell + hole, within(1e-6));
        assertThat(validation.repair().changes()).containsExactly(
                "fixed: hole /coordinates/1 lies outside its polygon's shell, at [105.7, 10.5]", "1 polygon became 2",
                "1 hole became 0", "area changed from " + Hectares.format(shell - hole) + " to "
                        + Hectares.format(shell + hole));
    }

    @Test
    void nestedShellsAreMergedByRepair() {
        GeometryValidation validation = validate("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[105.6,10.5],"
                + "[105.62,10.5],[105.62,10.52],[105.6,10.52],[105.6,10.5]]],[[[105.605,10.505],[105.61,10.505],"
                + "[105.61,10.51],[105.605,10.505]]]]}", REPAIR);
        assertThat(validation.valid()).isTrue();
        assertThat(validation.accepted().getNumGeometries()).isEqualTo(1);
        assertThat(validation.repair().changes()).first().asString()
                .startsWith("fixed: polygon /coordinates/1 lies inside another polygon");
        assertThat(validation.repair().changes()).contains("2 polygons became 1");
    }

    @Test
    void ringCollapsedToALineStaysRefusedWhenRepairCannotMakeAPolygon() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],"
                + "[105.6,10.5],[105.6,10.5]]]}", REPAIR);
        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.TOO_FEW_POINTS, ProblemCode.REPAIR_FAILED);
        assertThat(validation.repair()).isNull();
    }

    @Test
    void unclosedRingIsRefusedOrClosedByRepair() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[105.61,10.5],[105.61,10.51],[105.6,10.51]]]}";
        assertThat(validate(open, GeometryValidator.Options.STRICT).problems()).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.RING_NOT_CLOSED);
        GeometryValidation repaired = validate(open, REPAIR);
        assertThat(repaired.valid()).isTrue();
        assertThat(repaired.repair()).isEqualTo(new Repair(List.of(
                "closed ring /coordinates/0 by repeating its first position"), null, null));
    }

    @Test
    void unclosedBowTieIsClosedAndFixedInOneRepair() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[105,10],[106,11],[106,10],"
                + "[105,11]]]}", REPAIR);
        assertThat(validation.valid()).isTrue();
        assertThat(validation.repair().changes()).startsWith("closed ring /coordinates/0 by repeating its first"
                + " position", "fixed: self-intersection at [105.5, 10.5] in ring /coordinates/0");
    }

    @Test
    void repairDoesNotMoveAGeometryIntoVietnam() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[10.5,105.6],[10.5,105.7],"
                + "[10.6,105.7],[10.5,105.6]]]}", REPAIR);
        assertThat(validation.problems()).extracting(GeometryProblem::code, GeometryProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.OUTSIDE_VIETNAM, "/coordinates/0/0"));
        assertThat(validation.repair()).isNull();
    }

    @Test
    void hugeFiniteCoordinateIsOutsideVietnam() {
        assertThat(validate("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5],[1e308,10.5],[105.61,10.51],"
                + "[105.6,10.5]]]}", GeometryValidator.Options.STRICT).problems()).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.OUTSIDE_VIETNAM);
                    assertThat(p.pointer()).isEqualTo("/coordinates/0/1");
                    assertThat(p.at()).isEqualTo(new LonLat(1e308, 10.5));
                    assertThat(p.message()).startsWith("position /coordinates/0/1 [1E308, 10.5] is outside Vietnam");
                });
    }

    @Test
    void threeDimensionalGeometryIsAcceptedFlat() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[105.6,10.5,1],"
                + "[105.61,10.5,1],[105.61,10.51,2],[105.6,10.5,1]]]}", GeometryValidator.Options.STRICT);
        assertThat(validation.valid()).isTrue();
        assertThat(validation.accepted().getCoordinates()).allSatisfy(c -> assertThat(c.getZ()).isNaN());
    }

    @Test
    void structuralFaultsStopBeforeTheGeometryRules() {
        GeometryValidation validation = validate("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[\"1\",0],[1,1],[0,0]]]}",
                REPAIR);
        assertThat(validation.problems()).extracting(GeometryProblem::code).containsExactly(ProblemCode.WRONG_TYPE);
        assertThat(validation.areaHa()).isNull();
    }

    @Test
    void tooManyVerticesForALotIsRefusedAndNotRepaired() {
        StringBuilder ring = new StringBuilder("[");
        int positions = BoundaryKind.LOT.maxVertices() + 1;
        for (int i = 0; i < positions - 1; i++) {
            double angle = 2 * Math.PI * i / (positions - 1);
            ring.append('[').append(105.6 + 0.001 * Math.cos(angle)).append(',').append(10.5 + 0.001 * Math.sin(angle))
                    .append("],");
        }
        ring.append("[105.601,10.5]]");
        GeometryValidation validation = GeometryValidator.validate(json("{\"type\":\"Polygon\",\"coordinates\":["
                + ring + "]}"), Placement.anywhere(BoundaryKind.LOT), REPAIR);
        assertThat(validation.problems()).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.TOO_MANY_VERTICES);
    }

    @Test
    void declaredAreaWithinTenPercentIsComparedWithoutWarning() {
        GeometryValidation validation = validate(SQUARE, new GeometryValidator.Options(false, 115.0));
        AreaComparison area = validation.area();
        assertThat(area.declaredHa()).isEqualTo(115.0);
        assertThat(area.geodesicHa()).isEqualTo(validation.areaHa());
        assertThat(area.differenceHa()).isCloseTo(validation.areaHa() - 115.0, within(1e-9));
        assertThat(area.differencePct()).isCloseTo(100 * (validation.areaHa() - 115.0) / 115.0, within(1e-9));
        assertThat(area.mismatch()).isFalse();
        assertThat(validation.warnings()).isEmpty();
    }

    @Test
    void declaredAreaMoreThanTenPercentOffIsAWarningNotAnError() {
        GeometryValidation validation = validate(SQUARE, new GeometryValidator.Options(false, 100.0));
        assertThat(validation.valid()).isTrue();
        assertThat(validation.area().mismatch()).isTrue();
        assertThat(validation.warnings()).containsExactly(GeometryProblem.of(ProblemCode.AREA_MISMATCH,
                String.format(java.util.Locale.ROOT, "the boundary measures %s, %s (%.1f %%) more than the declared"
                        + " 100.00 ha, more than 10 %% off", Hectares.format(validation.areaHa()),
                        Hectares.format(validation.areaHa() - 100), validation.areaHa() - 100)));
    }

    @Test
    void surroundingsAreCheckedOnlyForAValidGeometry() {
        AreasNear unreachable = box -> {
            throw new AssertionError("an invalid geometry has no overlap to measure");
        };
        Placement zone = new ZonePlacement(null, unreachable);
        assertThat(GeometryValidator.validate(json(BOW_TIE), zone, GeometryValidator.Options.STRICT).problems())
                .extracting(GeometryProblem::code).containsExactly(ProblemCode.SELF_INTERSECTION);
    }

    @Test
    void surroundingProblemsRefuseButKeepTheGeometryAndItsArea() {
        NamedArea neighbour = new NamedArea("kcn-tan-kieu", "Tân Kiều", Boxes.box(105.6, 10.5, 105.61, 10.51));
        GeometryValidation validation = GeometryValidator.validate(json(SQUARE),
                new ZonePlacement(null, AreasNear.of(List.of(neighbour))), new GeometryValidator.Options(false, 120.0));
        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(GeometryProblem::code).containsExactly(ProblemCode.OVERLAPS_ZONE);
        assertThat(validation.geometry()).isNotNull();
        assertThat(validation.areaHa()).isNotNull();
        assertThat(validation.area()).isNotNull();
    }

    @Test
    void aJtsGeometryIsValidatedByTheSameRules() {
        GeometryValidation validation = GeometryValidator.validate(Boxes.polygon(105, 10, 106, 11, 106, 10, 105, 11,
                105, 10), ZONE, GeometryValidator.Options.STRICT);
        assertThat(validation.problems()).extracting(GeometryProblem::code)
                .containsExactly(ProblemCode.SELF_INTERSECTION);
    }

    private static GeometryValidation validate(String geometry, GeometryValidator.Options options) {
        return GeometryValidator.validate(json(geometry), ZONE, options);
    }
}
