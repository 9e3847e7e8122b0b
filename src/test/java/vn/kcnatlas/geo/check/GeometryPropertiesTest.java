package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.geo.BoundaryKind;
import vn.kcnatlas.geo.GeodesicArea;
import vn.kcnatlas.geo.GeometryProblem;
import vn.kcnatlas.geo.ProblemCode;
import vn.kcnatlas.geo.Wgs84;

/**
 * Properties of the validator over many generated inputs (QuickTheories; a failure prints the shrunk
 * input and the seed to replay it): valid polygons pass and keep their area, one planted fault is found
 * exactly where it was planted, a ring in any order is valid, refused for validity or mended, and no JSON
 * whatever makes the validator throw.
 */
class GeometryPropertiesTest {

    private static final int EXAMPLES = 2_000;
    /**
     * Fewer, and rings of at most 17 corners: GeometryFixer's time grows with the crossings, about n² of a
     * shuffled ring.
     */
    private static final int REPAIR_EXAMPLES = 1_000;
    private static final int JUNK_EXAMPLES = 5_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Placement ZONE = Placement.anywhere(BoundaryKind.ZONE);
    private static final Set<ProblemCode> VALIDITY = EnumSet.of(ProblemCode.SELF_INTERSECTION,
            ProblemCode.HOLE_OUTSIDE_SHELL, ProblemCode.NESTED_HOLES, ProblemCode.NESTED_SHELLS,
            ProblemCode.DISCONNECTED_INTERIOR, ProblemCode.TOO_FEW_POINTS);

    @Test
    void validPolygonsPassUnchangedAndKeepTheirArea() {
        qt().withExamples(EXAMPLES).forAll(inVietnam(3, 62)).checkAssert(star -> {
            for (boolean repair : List.of(false, true)) {
                GeometryValidation validation = GeometryValidator.validate(polygonJson(star), ZONE,
                        new GeometryValidator.Options(repair, null));
                assertThat(validation.problems()).isEmpty();
                assertThat(validation.repair()).isNull();
                assertThat(validation.accepted().getGeometryN(0).equalsExact(star)).isTrue();
                assertThat(validation.areaHa()).isCloseTo(GeodesicArea.hectares(star), within(1e-9));
            }
        });
    }

    @Test
    void disjointPolygonsPassAsOneMultiPolygonWhoseAreaIsTheirSum() {
        qt().withExamples(EXAMPLES).forAll(lists().of(stars(3, 62)).ofSizeBetween(1, 4)).checkAssert(stars -> {
            ArrayNode polygons = NODES.arrayNode();
            double sum = 0;
            for (int i = 0; i < stars.size(); i++) {
                // Centres 0.2° apart, radii at most 0.05°: the parts never meet.
                Polygon part = stars.get(i).around(104 + 0.2 * i, 12, 0.05);
                polygons.add(polygonJson(part).get("coordinates"));
                sum += GeodesicArea.hectares(part);
            }
            ObjectNode multi = NODES.objectNode().put("type", "MultiPolygon").set("coordinates", polygons);
            GeometryValidation validation = GeometryValidator.validate(multi, ZONE, GeometryValidator.Options.STRICT);
            assertThat(validation.problems()).isEmpty();
            assertThat(validation.accepted().getNumGeometries()).isEqualTo(stars.size());
            assertThat(validation.areaHa()).isCloseTo(sum, within(1e-9));
        });
    }

    @Test
    void aPlantedFaultIsFoundWithItsCodeAtItsPointer() {
        // Four or more corners, so that dropping the closing position leaves a ring long enough.
        Gen<Planted> faults = inVietnam(4, 63).flatMap(star -> integers().between(0, star.getNumPoints() - 2).zip(
                arbitrary().enumValues(Fault.class), integers().between(0, 1),
                arbitrary().pick(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                (i, fault, axis, notFinite) -> fault.plant(star, i, axis, notFinite)));
        qt().withExamples(EXAMPLES).forAll(faults).checkAssert(planted -> {
            GeometryValidation validation = GeometryValidator.validate(planted.geometry(), ZONE,
                    GeometryValidator.Options.STRICT);
            assertThat(validation.problems()).extracting(GeometryProblem::code, GeometryProblem::pointer)
                    .containsExactly(tuple(planted.fault().code, planted.pointer()));
        });
    }

    @Test
    void shuffledPolygonsAreEitherValidOrRefusedForValidityAndRepairMendsThemOrSaysItCannot() {
        Gen<Polygon> shuffled = inVietnam(3, 17).flatMap(star -> lists().of(doubles().fromZeroToOne())
                .ofSize(star.getNumPoints() - 1).map(keys -> reordered(star, keys)));
        qt().withExamples(REPAIR_EXAMPLES).forAll(shuffled).checkAssert(polygon -> {
            ObjectNode geometry = polygonJson(polygon);
            GeometryValidation strict = GeometryValidator.validate(geometry, ZONE, GeometryValidator.Options.STRICT);
            assertThat(strict.problems()).allSatisfy(p -> assertThat(p.code()).isIn(VALIDITY));
            GeometryValidation repaired = GeometryValidator.validate(geometry, ZONE,
                    new GeometryValidator.Options(true, null));
            if (strict.valid()) {
                assertThat(repaired.repair()).isNull();
            } else if (repaired.valid()) {
                assertThat(repaired.repair().summary()).startsWith("fixed: ");
                assertThat(repaired.accepted().isValid()).isTrue();
            } else {
                assertThat(repaired.problems()).last().extracting(GeometryProblem::code)
                        .isEqualTo(ProblemCode.REPAIR_FAILED);
            }
        });
    }

    @Test
    void noJsonWhateverMakesTheValidatorThrow() {
        Gen<JsonNode> junk = geometryLike().mix(value(4), 25);
        Gen<Optional<Double>> declaredAreas = doubles().between(0, 500).toOptionals(50);
        qt().withExamples(JUNK_EXAMPLES).forAll(junk, declaredAreas).checkAssert((json, declaredArea) -> {
            for (boolean repair : List.of(false, true)) {
                GeometryValidation validation = GeometryValidator.validate(json, ZONE,
                        new GeometryValidator.Options(repair, declaredArea.orElse(null)));
                assertThat(validation.valid()).isEqualTo(validation.problems().isEmpty());
                assertThat(validation.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
                if (validation.valid()) {
                    MultiPolygon accepted = validation.accepted();
                    assertThat(accepted.getSRID()).isEqualTo(Wgs84.SRID);
                    assertThat(accepted.isValid()).isTrue();
                }
                if (validation.repair() == null) {
                    // Every pointer names something in the JSON that was sent, or a member missing from it.
                    assertThat(validation.problems()).filteredOn(p -> p.pointer() != null)
                            .allSatisfy(p -> assertThat(!json.at(p.pointer()).isMissingNode()
                                    || json.at(p.pointer().substring(0, p.pointer().lastIndexOf('/'))).isObject())
                                    .as("pointer %s", p.pointer()).isTrue());
                }
            }
        });
    }

    /** A valid polygon with one fault planted in it, and the pointer it should be found at. */
    private record Planted(Fault fault, String pointer, ObjectNode geometry) {
    }

    /** One fault, planted at a position of a valid ring. */
    private enum Fault {
        TEXT(ProblemCode.WRONG_TYPE) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ArrayNode position = (ArrayNode) ring.get(i);
                position.set(axis, NODES.stringNode(position.get(axis).asString()));
                return pointer(i) + "/" + axis;
            }
        },
        NOT_A_NUMBER(ProblemCode.NOT_FINITE) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ((ArrayNode) ring.get(i)).set(axis, NODES.numberNode(notFinite));
                return pointer(i) + "/" + axis;
            }
        },
        SHORT(ProblemCode.POSITION_TOO_SHORT) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ((ArrayNode) ring.get(i)).remove(1);
                return pointer(i);
            }
        },
        TOO_DEEP(ProblemCode.WRONG_TYPE) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ArrayNode position = (ArrayNode) ring.get(i);
                position.set(0, NODES.arrayNode().add(position.get(0)));
                return pointer(i) + "/0";
            }
        },
        UNCLOSED(ProblemCode.RING_NOT_CLOSED) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ring.remove(ring.size() - 1);
                return pointer(ring.size() - 1);
            }
        },
        OUTSIDE(ProblemCode.OUTSIDE_VIETNAM) {
            @Override
            String plantIn(ArrayNode ring, int i, int axis, double notFinite) {
                ArrayNode position = (ArrayNode) ring.get(i);
                // Swapped axes; the first position is also the closing one, so move both.
                JsonNode lon = position.get(0);
                position.set(0, position.get(1));
                position.set(1, lon);
                if (i == 0) {
                    ring.set(ring.size() - 1, position.deepCopy());
                }
                return pointer(i);
            }
        };

        final ProblemCode code;

        Fault(ProblemCode code) {
            this.code = code;
        }

        Planted plant(Polygon star, int i, int axis, double notFinite) {
            ObjectNode geometry = polygonJson(star);
            return new Planted(this, plantIn((ArrayNode) geometry.get("coordinates").get(0), i, axis, notFinite),
                    geometry);
        }

        /**
         * Plants the fault at position {@code i} of the ring.
         *
         * @param axis the number to spoil, where the fault spoils one
         * @param notFinite the number to put there, where the fault puts one
         * @return where it should be found
         */
        abstract String plantIn(ArrayNode ring, int i, int axis, double notFinite);

        private static String pointer(int position) {
            return "/coordinates/0/" + position;
        }
    }

    /** One corner of a star: its share of the turn to the next corner, and its share of the radius. */
    private record Corner(double step, double reach) {
    }

    /**
     * A star-shaped ring: corners at strictly increasing angles from {@code start}, so its edges cannot
     * cross, each between a fifth of the radius and the radius from the centre.
     */
    private record Star(double start, List<Corner> corners) {

        Polygon around(double lon, double lat, double radius) {
            double turn = corners.stream().mapToDouble(Corner::step).sum();
            Coordinate[] ring = new Coordinate[corners.size() + 1];
            double angle = start;
            for (int i = 0; i < corners.size(); i++) {
                double r = radius * corners.get(i).reach();
                ring[i] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
                angle += 2 * Math.PI * corners.get(i).step() / turn;
            }
            ring[corners.size()] = ring[0].copy();
            return Wgs84.FACTORY.createPolygon(ring);
        }
    }

    private static Gen<Star> stars(int minCorners, int maxCorners) {
        Gen<Corner> corner = doubles().between(0.2, 1).zip(doubles().between(0.2, 1), Corner::new);
        return doubles().between(0, 2 * Math.PI).zip(lists().of(corner).ofSizeBetween(minCorners, maxCorners),
                Star::new);
    }

    /** Stars somewhere in Vietnam, of a radius from 10⁻⁴ to 10⁻¹ degrees (about 11 m to 11 km). */
    private static Gen<Polygon> inVietnam(int minCorners, int maxCorners) {
        return stars(minCorners, maxCorners).zip(doubles().between(103, 116), doubles().between(7, 23),
                doubles().between(-4, -1).map(exponent -> Math.pow(10, exponent)), Star::around);
    }

    /** The polygon's corners in the order of their keys, closed again: a ring that may cross itself. */
    private static Polygon reordered(Polygon polygon, List<Double> keys) {
        Coordinate[] corners = polygon.getCoordinates();
        List<Coordinate> ring = new ArrayList<>(IntStream.range(0, keys.size()).boxed()
                .sorted(Comparator.comparing(keys::get)).map(i -> corners[i]).toList());
        ring.add(ring.getFirst());
        return Wgs84.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static ObjectNode polygonJson(Polygon polygon) {
        ArrayNode ring = NODES.arrayNode();
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            ring.add(NODES.arrayNode().add(c.x).add(c.y));
        }
        return NODES.objectNode().put("type", "Polygon").set("coordinates", NODES.arrayNode().add(ring));
    }

    /** An object that looks like a geometry: a plausible or wrong type, coordinates nested 0–5 deep. */
    private static Gen<JsonNode> geometryLike() {
        Gen<Optional<JsonNode>> types = arbitrary()
                .pick("Polygon", "MultiPolygon", "Polygon", "MultiPolygon", "Point", "Feature", "", "polygon")
                .map(type -> Optional.<JsonNode>of(NODES.stringNode(type)))
                .mix(oneOf(List.of(value(1).map(Optional::of), arbitrary().constant(Optional.empty()))), 33);
        Gen<Optional<JsonNode>> coordinates = integers().between(0, 5).flatMap(GeometryPropertiesTest::nested)
                .toOptionals(12);
        return types.zip(coordinates, (type, nested) -> {
            ObjectNode node = NODES.objectNode();
            type.ifPresent(t -> node.set("type", t));
            nested.ifPresent(c -> node.set("coordinates", c));
            return node;
        });
    }

    /**
     * Lists of coordinates {@code depth} deep, or less: a list may be empty, end early in a number or another
     * value, or repeat its first item as a closed ring does.
     */
    private static Gen<JsonNode> nested(int depth) {
        Gen<JsonNode> leaf = coordinate().mix(value(1), 10);
        if (depth == 0) {
            return leaf;
        }
        Gen<JsonNode> list = lists().of(nested(depth - 1)).ofSizes(integers().between(1, 6).mix(
                arbitrary().constant(0), 10)).zip(booleans().all(), (items, closed) -> {
                    ArrayNode array = NODES.arrayNode().addAll(items);
                    if (items.size() > 1 && closed) {
                        array.add(items.getFirst().deepCopy());
                    }
                    return array;
                });
        return list.mix(leaf, 5);
    }

    /** Mostly a longitude or latitude in Vietnam; else NaN, infinite, huge, text or negative zero. */
    private static Gen<JsonNode> coordinate() {
        Gen<JsonNode> inVietnam = booleans().all().zip(integers().between(0, 2),
                (longitude, step) -> NODES.numberNode((longitude ? 105 : 10) + step * 0.01));
        return inVietnam.mix(oneOf(List.of(arbitrary().constant(NODES.numberNode(Double.NaN)),
                arbitrary().pick(Double.POSITIVE_INFINITY, 1e308).map(NODES::numberNode),
                arbitrary().constant(NODES.stringNode("105.5")), arbitrary().constant(NODES.numberNode(-0.0)))), 33);
    }

    /** Any JSON value, with lists and objects (of a type and coordinates) nested up to {@code depth} deep. */
    private static Gen<JsonNode> value(int depth) {
        List<Gen<JsonNode>> kinds = new ArrayList<>(List.of(arbitrary().constant(NODES.nullNode()),
                booleans().all().map(NODES::booleanNode),
                doubles().between(-1e4, 1e4).mix(doubles().any()).map(NODES::numberNode),
                integers().between(0, 59).map(length -> NODES.stringNode("x".repeat(length))),
                longs().all().map(NODES::numberNode),
                arbitrary().constant(NODES.numberNode(new BigDecimal("1e400")))));
        if (depth > 0) {
            Gen<JsonNode> inner = value(depth - 1);
            kinds.add(lists().of(inner).ofSizeBetween(0, 3).map(items -> NODES.arrayNode().addAll(items)));
            kinds.add(inner.zip(inner, (coordinates, type) -> NODES.objectNode().set("coordinates", coordinates)
                    .set("type", type)));
        }
        return oneOf(kinds);
    }

    private static <T> Gen<T> oneOf(List<Gen<T>> generators) {
        return arbitrary().pick(generators).flatMap(generator -> generator);
    }
}
