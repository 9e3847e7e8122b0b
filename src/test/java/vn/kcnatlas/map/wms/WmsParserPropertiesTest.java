package vn.kcnatlas.map.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.quicktheories.core.Gen;

import vn.kcnatlas.map.MapCrs;

/**
 * Properties of the WMS parameter parser over many generated inputs (QuickTheories; a failure prints the
 * shrunk input and the seed to replay it): whatever a client sends, the parser answers with a value or
 * with its own exception naming the parameter, never another failure; and a well-formed box round-trips.
 */
class WmsParserPropertiesTest {

    private static final int EXAMPLES = 2_000;
    private static final Gen<MapCrs> CRS = arbitrary().enumValues(MapCrs.class);
    /** Text a client might put in a parameter: anything, and anything built from the characters of numbers. */
    private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 40)
            .mix(strings().betweenCodePoints('+', 'e').ofLengthBetween(0, 40));
    /** Numbers of every kind: ordinary, huge, tiny, negative zero, NaN and infinities, as Java writes them. */
    private static final Gen<String> NUMBER = doubles().any().map(d -> Double.toString(d))
            .mix(doubles().between(-200, 200).map(d -> Double.toString(d)));

    @Test
    void anyBboxTextIsABoxOrARefusalOfBbox() {
        qt().withExamples(EXAMPLES).forAll(TEXT, CRS).checkAssert(WmsParserPropertiesTest::boxOrRefusal);
    }

    @Test
    void anyFourNumbersAreABoxOrARefusalOfBbox() {
        Gen<String> pair = NUMBER.zip(NUMBER, (a, b) -> a + "," + b);
        qt().withExamples(EXAMPLES).forAll(pair, pair, CRS).checkAssert((ab, cd, crs) -> boxOrRefusal(ab + "," + cd, crs));
    }

    @Test
    void aValidBoxRoundTripsInEveryCrs() {
        Gen<double[]> corner = doubles().between(-179, 178).zip(doubles().between(-84, 83), (x, y) -> new double[] {x, y});
        Gen<double[]> size = doubles().between(1e-6, 1).zip(doubles().between(1e-6, 1), (x, y) -> new double[] {x, y});
        qt().withExamples(EXAMPLES).forAll(corner, size, CRS).checkAssert((southWest, extent, crs) -> {
                    double lon = southWest[0];
                    double lat = southWest[1];
                    double w = extent[0];
                    double h = extent[1];
                    Envelope wanted = crs.geographic() ? new Envelope(lon, lon + w, lat, lat + h)
                            : new Envelope(lon * 100_000, (lon + w) * 100_000, lat * 100_000, (lat + h) * 100_000);
                    String text = crs.latitudeFirst()
                            ? join(wanted.getMinY(), wanted.getMinX(), wanted.getMaxY(), wanted.getMaxX())
                            : join(wanted.getMinX(), wanted.getMinY(), wanted.getMaxX(), wanted.getMaxY());

                    Envelope box = MapView.box(text, crs);

                    assertThat(box.getMinX()).isCloseTo(wanted.getMinX(), within(0.0));
                    assertThat(box.getMinY()).isCloseTo(wanted.getMinY(), within(0.0));
                    assertThat(box.getMaxX()).isCloseTo(wanted.getMaxX(), within(0.0));
                    assertThat(box.getMaxY()).isCloseTo(wanted.getMaxY(), within(0.0));
                });
    }

    @Test
    void anySizeIsAWholeNumberInRangeOrARefusalOfThatParameter() {
        Gen<String> size = TEXT.mix(integers().all().map(i -> Integer.toString(i)))
                .mix(integers().between(-10, 5000).map(i -> Integer.toString(i)));
        qt().withExamples(EXAMPLES).forAll(size).checkAssert(text -> {
            WmsParameters params = WmsParameters.of(Map.of("width", new String[] {text}));
            try {
                assertThat(params.integer("WIDTH", 1, MapView.MAX_SIZE)).isBetween(1, MapView.MAX_SIZE);
            } catch (WmsException e) {
                assertRefusal(e, "WIDTH", text.isBlank() ? ExceptionCode.MissingParameterValue
                        : ExceptionCode.InvalidParameterValue);
            }
        });
    }

    @Test
    void aParameterGivenTwiceIsOneValueOrARefusalNamingIt() {
        qt().withExamples(EXAMPLES).forAll(TEXT, TEXT, arbitrary().pick("bbox", "BBOX", "BBox")).checkAssert(
                (first, second, name) -> {
                    try {
                        WmsParameters params = WmsParameters.of(Map.of(name, new String[] {first, second}));
                        assertThat(first.strip()).isEqualToIgnoringCase(second.strip());
                        assertThat(params.get("BBOX").orElse("")).isEqualTo(first.strip());
                    } catch (WmsException e) {
                        assertRefusal(e, "BBOX", ExceptionCode.InvalidParameterValue);
                    }
                });
    }

    private static String join(double... values) {
        StringBuilder text = new StringBuilder();
        for (double value : values) {
            text.append(text.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%s", value));
        }
        return text.toString();
    }

    private static void assertRefusal(WmsException e, String parameter, ExceptionCode code) {
        assertThat(e.locator()).isEqualTo(parameter);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).contains(parameter);
    }

    /** What holds of any BBOX text. */
    private static void boxOrRefusal(String text, MapCrs crs) {
        Envelope box;
        try {
            box = MapView.box(text, crs);
        } catch (WmsException e) {
            assertRefusal(e, "BBOX", ExceptionCode.InvalidParameterValue);
            return;
        }
        assertThat(Double.isFinite(box.getMinX()) && Double.isFinite(box.getMaxX()) && Double.isFinite(box.getMinY())
                && Double.isFinite(box.getMaxY())).as(text).isTrue();
        assertThat(box.getMinX()).as(text).isLessThan(box.getMaxX());
        assertThat(box.getMinY()).as(text).isLessThan(box.getMaxY());
    }
}
