package vn.kcnatlas.geo.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
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
 * Properties of the validator over many random inputs, each run from a seed that the failure message
 * names so it can be replayed: valid polygons pass and keep their area, one planted fault is found
 * exactly where it was planted, and no JSON whatever makes the validator throw.
 */
class GeometryPropertiesTest {

    private static final int RUNS = 300;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Placement ZONE = Placement.anywhere(BoundaryKind.ZONE);
    private static final Set<ProblemCode> VALIDITY = EnumSet.of(ProblemCode.SELF_INTERSECTION,
            ProblemCode.HOLE_OUTSIDE_SHELL, ProblemCode.NESTED_HOLES, ProblemCode.NESTED_SHELLS,
            ProblemCode.DISCONNECTED_INTERIOR, ProblemCode.TOO_FEW_POINTS);

    @Test
    void validPolygonsPassUnchangedAndKeepTheirArea() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            Polygon star = star(random);
            for (boolean repair : List.of(false, true)) {
                GeometryValidation validation = GeometryValidator.validate(polygonJson(star), ZONE,
                        new GeometryValidator.Options(repair, null));
                assertThat(validation.problems()).as("seed %d", seed).isEmpty();
                assertThat(validation.repair()).as("seed %d", seed).isNull();
                assertThat(validation.accepted().getGeometryN(0).equalsExact(star)).as("seed %d", seed).isTrue();
                assertThat(validation.areaHa()).as("seed %d", seed).isCloseTo(GeodesicArea.hectares(star), within(1e-9));
            }
        }
    }

    @Test
    void disjointPolygonsPassAsOneMultiPolygonWhoseAreaIsTheirSum() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            int count = 1 + random.nextInt(4);
            ArrayNode polygons = NODES.arrayNode();
            double sum = 0;
            for (int i = 0; i < count; i++) {
                // Centres 0.2° apart, radii at most 0.05°: the parts never meet.
                Polygon star = star(random, 104 + 0.2 * i, 12, 0.05, 3 + random.nextInt(60));
                polygons.add(polygonJson(star).get("coordinates"));
                sum += GeodesicArea.hectares(star);
            }
            ObjectNode multi = NODES.objectNode().put("type", "MultiPolygon").set("coordinates", polygons);
            GeometryValidation validation = GeometryValidator.validate(multi, ZONE, GeometryValidator.Options.STRICT);
            assertThat(validation.problems()).as("seed %d", seed).isEmpty();
            assertThat(validation.accepted().getNumGeometries()).isEqualTo(count);
            assertThat(validation.areaHa()).as("seed %d", seed).isCloseTo(sum, within(1e-9));
        }
    }

    @Test
    void aPlantedFaultIsFoundWithItsCodeAtItsPointer() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            // Four or more corners, so that dropping the closing position leaves a ring long enough.
            ObjectNode geometry = polygonJson(star(random, 4 + random.nextInt(60)));
            ArrayNode ring = (ArrayNode) geometry.get("coordinates").get(0);
            int i = random.nextInt(ring.size() - 1);
            String position = "/coordinates/0/" + i;
            Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
            String pointer = fault.plant(ring, i, random);
            GeometryValidation validation = GeometryValidator.validate(geometry, ZONE, GeometryValidator.Options.STRICT);
            assertThat(validation.problems()).as("seed %d, %s at %s: %s", seed, fault, position, geometry)
                    .extracting(GeometryProblem::code, GeometryProblem::pointer)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(fault.code, pointer.replace("{i}", position)));
        }
    }

    @Test
    void shuffledPolygonsAreEitherValidOrRefusedForValidityAndRepairMendsThemOrSaysItCannot() {
        for (long seed = 0; seed < RUNS; seed++) {
            Random random = new Random(seed);
            // GeometryFixer's time grows with the crossings, about n² of a shuffled ring: keep n small.
            Coordinate[] positions = star(random, 3 + random.nextInt(15)).getCoordinates();
            List<Coordinate> inner = new java.util.ArrayList<>(List.of(positions).subList(0, positions.length - 1));
            java.util.Collections.shuffle(inner, random);
            inner.add(inner.getFirst());
            ObjectNode geometry = polygonJson(Wgs84.FACTORY.createPolygon(inner.toArray(Coordinate[]::new)));

            GeometryValidation strict = GeometryValidator.validate(geometry, ZONE, GeometryValidator.Options.STRICT);
            assertThat(strict.problems()).as("seed %d", seed).allSatisfy(p -> assertThat(p.code()).isIn(VALIDITY));
            GeometryValidation repaired = GeometryValidator.validate(geometry, ZONE,
                    new GeometryValidator.Options(true, null));
            if (strict.valid()) {
                assertThat(repaired.repair()).as("seed %d", seed).isNull();
            } else if (repaired.valid()) {
                assertThat(repaired.repair().summary()).as("seed %d", seed).startsWith("fixed: ");
                assertThat(repaired.accepted().isValid()).as("seed %d", seed).isTrue();
            } else {
                assertThat(repaired.problems()).as("seed %d", seed).last().extracting(GeometryProblem::code)
                        .isEqualTo(ProblemCode.REPAIR_FAILED);
            }
        }
    }

    @Test
    void noJsonWhateverMakesTheValidatorThrow() {
        for (long seed = 0; seed < 5 * RUNS; seed++) {
            Random random = new Random(seed);
            JsonNode junk = random.nextInt(4) == 0 ? value(random, 4) : geometryLike(random);
            for (boolean repair : List.of(false, true)) {
                GeometryValidation validation = GeometryValidator.validate(junk, ZONE,
                        new GeometryValidator.Options(repair, random.nextBoolean() ? null : random.nextDouble() * 500));
                assertThat(validation.valid()).as("seed %d: %s", seed, junk).isEqualTo(validation.problems().isEmpty());
                assertThat(validation.problems()).as("seed %d: %s", seed, junk)
                        .allSatisfy(p -> assertThat(p.message()).isNotBlank());
                if (validation.valid()) {
                    MultiPolygon accepted = validation.accepted();
                    assertThat(accepted.getSRID()).isEqualTo(Wgs84.SRID);
                    assertThat(accepted.isValid()).as("seed %d: %s", seed, junk).isTrue();
                }
                if (validation.repair() == null) {
                    // Every pointer names something in the JSON that was sent, or a member missing from it.
                    assertThat(validation.problems()).as("seed %d: %s", seed, junk).filteredOn(p -> p.pointer() != null)
                            .allSatisfy(p -> assertThat(!junk.at(p.pointer()).isMissingNode()
                                    || junk.at(p.pointer().substring(0, p.pointer().lastIndexOf('/'))).isObject())
                                    .as("pointer %s", p.pointer()).isTrue());
                }
            }
        }
    }

    /** One fault planted at position {i} of a valid ring; the pointer it should be found at. */
    private enum Fault {
        TEXT(ProblemCode.WRONG_TYPE) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                ArrayNode position = (ArrayNode) ring.get(i);
                int axis = random.nextInt(2);
                position.set(axis, NODES.stringNode(position.get(axis).asString()));
                return "{i}/" + axis;
            }
        },
        NOT_A_NUMBER(ProblemCode.NOT_FINITE) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                int axis = random.nextInt(2);
                double[] bad = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
                ((ArrayNode) ring.get(i)).set(axis, NODES.numberNode(bad[random.nextInt(bad.length)]));
                return "{i}/" + axis;
            }
        },
        SHORT(ProblemCode.POSITION_TOO_SHORT) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                ((ArrayNode) ring.get(i)).remove(1);
                return "{i}";
            }
        },
        TOO_DEEP(ProblemCode.WRONG_TYPE) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                ArrayNode position = (ArrayNode) ring.get(i);
                position.set(0, NODES.arrayNode().add(position.get(0)));
                return "{i}/0";
            }
        },
        UNCLOSED(ProblemCode.RING_NOT_CLOSED) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                ring.remove(ring.size() - 1);
                return "/coordinates/0/" + (ring.size() - 1);
            }
        },
        OUTSIDE(ProblemCode.OUTSIDE_VIETNAM) {
            @Override
            String plant(ArrayNode ring, int i, Random random) {
                ArrayNode position = (ArrayNode) ring.get(i);
                // Swapped axes; the first position is also the closing one, so move both.
                JsonNode lon = position.get(0);
                position.set(0, position.get(1));
                position.set(1, lon);
                if (i == 0) {
                    ring.set(ring.size() - 1, position.deepCopy());
                }
                return "{i}";
            }
        };

        final ProblemCode code;

        Fault(ProblemCode code) {
            this.code = code;
        }

        abstract String plant(ArrayNode ring, int i, Random random);
    }

    private static Polygon star(Random random) {
        return star(random, 3 + random.nextInt(60));
    }

    /** A star of {@code corners} corners somewhere in Vietnam, from 10 m to 10 km across. */
    private static Polygon star(Random random, int corners) {
        return star(random, 103 + 13 * random.nextDouble(), 7 + 16 * random.nextDouble(),
                Math.pow(10, -4 + 3 * random.nextDouble()), corners);
    }

    /**
     * A star-shaped polygon around a centre: positions at strictly increasing angles, so its edges
     * cannot cross, at distances between a fifth of {@code radius} and {@code radius}.
     */
    private static Polygon star(Random random, double lon, double lat, double radius, int n) {
        double[] steps = random.doubles(n, 0.2, 1).toArray();
        double total = java.util.Arrays.stream(steps).sum();
        Coordinate[] ring = new Coordinate[n + 1];
        double angle = 2 * Math.PI * random.nextDouble();
        for (int i = 0; i < n; i++) {
            double r = radius * (0.2 + 0.8 * random.nextDouble());
            ring[i] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
            angle += 2 * Math.PI * steps[i] / total;
        }
        ring[n] = ring[0].copy();
        return Wgs84.FACTORY.createPolygon(ring);
    }

    private static ObjectNode polygonJson(Polygon polygon) {
        ArrayNode ring = NODES.arrayNode();
        for (Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            ring.add(NODES.arrayNode().add(c.x).add(c.y));
        }
        return NODES.objectNode().put("type", "Polygon").set("coordinates", NODES.arrayNode().add(ring));
    }

    /** An object that looks like a geometry: a plausible or wrong type, coordinates nested 0–5 deep. */
    private static JsonNode geometryLike(Random random) {
        ObjectNode node = NODES.objectNode();
        String[] types = {"Polygon", "MultiPolygon", "Polygon", "MultiPolygon", "Point", "Feature", "", "polygon"};
        switch (random.nextInt(6)) {
            case 0 -> node.set("type", value(random, 1));
            case 1 -> {
                // no type
            }
            default -> node.put("type", types[random.nextInt(types.length)]);
        }
        if (random.nextInt(8) > 0) {
            node.set("coordinates", nested(random, random.nextInt(6)));
        }
        return node;
    }

    private static JsonNode nested(Random random, int depth) {
        if (depth == 0 || random.nextInt(20) == 0) {
            return random.nextInt(10) == 0 ? value(random, 1) : coordinate(random);
        }
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
            array.add(nested(random, depth - 1));
        }
        if (size > 1 && random.nextBoolean()) {
            array.add(array.get(0).deepCopy()); // often closed, as a ring should be
        }
        return array;
    }

    private static JsonNode coordinate(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.numberNode(Double.NaN);
            case 1 -> NODES.numberNode(random.nextBoolean() ? Double.POSITIVE_INFINITY : 1e308);
            case 2 -> NODES.stringNode("105.5");
            case 3 -> NODES.numberNode(-0.0);
            default -> NODES.numberNode(random.nextBoolean() ? 105 + random.nextInt(3) * 0.01 : 10 + random.nextInt(3)
                    * 0.01);
        };
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextGaussian() * 1e3);
            case 3 -> NODES.stringNode("x".repeat(random.nextInt(60)));
            case 4 -> NODES.numberNode(random.nextLong());
            case 5 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                random.ints(random.nextInt(4), 0, 1).forEach(x -> array.add(value(random, depth - 1)));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                object.set("coordinates", value(random, depth - 1));
                object.set("type", value(random, depth - 1));
                yield object;
            }
        };
    }
}
