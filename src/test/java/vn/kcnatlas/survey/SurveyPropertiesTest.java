package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import vn.kcnatlas.geo.Vn2000Tm3;

/**
 * Properties of reading and converting marker files over many generated files (QuickTheories; a failure
 * prints the shrunk input and the seed to replay it).
 */
class SurveyPropertiesTest {

    private static final int EXAMPLES = 2_000;
    private static final Gen<Vn2000Tm3> ZONES = arbitrary().enumValues(Vn2000Tm3.class);
    /** Marker ids as surveyors write them, with the characters that need quoting in CSV. */
    private static final List<String> ID_CHARACTERS = "MmốcĐđươàáạảãêệ0123456789 -_/,;\"'".codePoints()
            .mapToObj(Character::toString).toList();
    /** What marker files are made of, and what breaks them: separators, quotes, line ends, signs, words. */
    private static final List<String> FRAGMENTS = List.of(",", ";", "\t", "\"", "\r", "\n", "\r\n", ".", "e", "E",
            "+", "-", "0", "1", "5", "9", "1163000", "589000", "M1", "M2", "Mốc", " ", "NaN", "Infinity", "\uFEFF",
            "ố");

    /** A marker as a surveyor writes it: its id, and its northing and easting to the millimetre. */
    private record Marker(String id, double northing, double easting) {
    }

    @Test
    void validRowsReadBackAsWritten() {
        Gen<String> ids = concatenations(arbitrary().pick(ID_CHARACTERS), 1, 20)
                .map(id -> id.isBlank() ? "M" : id.strip());
        Gen<Marker> markers = ids.zip(millimetres(Tm3Range.MIN_NORTHING, Tm3Range.MAX_NORTHING),
                millimetres(Tm3Range.MIN_EASTING, Tm3Range.MAX_EASTING), Marker::new);
        qt().withExamples(EXAMPLES).forAll(arbitrary().pick(',', ';', '\t'), lists().of(markers).ofSizeBetween(1, 30))
                .checkAssert((separator, file) -> {
                    List<MarkerRow> written = new ArrayList<>();
                    StringBuilder text = new StringBuilder(String.join(String.valueOf(separator), "marker", "x", "y"))
                            .append("\r\n");
                    for (Marker marker : file) {
                        int row = written.size() + 1;
                        written.add(new MarkerRow(row, row + 1, marker.id(), marker.northing(), marker.easting()));
                        text.append('"').append(marker.id().replace("\"", "\"\"")).append('"').append(separator)
                                .append(marker.northing()).append(separator).append(marker.easting()).append("\r\n");
                    }

                    assertThat(MarkerCsv.parse(text.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(written);
                });
    }

    /**
     * The way back inverts the datum shift by negating its parameters, as PROJ does: an approximation, good to
     * a few millimetres over every plausible TM-3 position.
     */
    @Test
    void positionsRoundTripThroughWgs84WithinFiveMillimetres() {
        Gen<Double> northings = doubles().between(Tm3Range.MIN_NORTHING, Tm3Range.MAX_NORTHING);
        Gen<Double> eastings = doubles().between(Tm3Range.MIN_EASTING, Tm3Range.MAX_EASTING);
        qt().withExamples(EXAMPLES).forAll(ZONES, northings, eastings).checkAssert((zone, northing, easting) -> {
            Tm3Conversion conversion = new Tm3Conversion(zone);

            Coordinate lonLat = conversion.toWgs84(northing, easting);
            Coordinate plane = conversion.toPlane(lonLat.x, lonLat.y);

            assertThat(Math.hypot(plane.x - easting, plane.y - northing)).isLessThan(0.005);
        });
    }

    /** Any bytes, and any text whatever as UTF-8. */
    @Test
    void anyBytesGiveABoundaryOrTheReadersRefusal() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 399),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
                .mix(strings().allPossible().ofLengthBetween(0, 200).map(text -> text.getBytes(StandardCharsets.UTF_8)))
                .describedAs(Arrays::toString);
        qt().withExamples(EXAMPLES).forAll(bytes, ZONES).checkAssert(SurveyPropertiesTest::surveyOrRefuse);
    }

    /** Text near enough to a marker file to reach every check past the header, and the header's too. */
    @Test
    void garbledFilesGiveABoundaryOrTheReadersRefusal() {
        Gen<String> markerLines = integers().between(0, 4).zip(integers().between(1_162_900, 1_163_099),
                integers().between(588_900, 589_099), (id, northing, easting) -> "M" + id + "," + northing + ","
                        + easting + "\n");
        Gen<String> lines = concatenations(markerLines.mix(concatenations(arbitrary().pick(FRAGMENTS), 0, 14)), 0, 11);
        Gen<String> files = arbitrary().constant("marker,x,y\n").mix(arbitrary().constant(""), 25)
                .zip(lines, String::concat);
        qt().withExamples(EXAMPLES).forAll(files, ZONES)
                .checkAssert((file, zone) -> surveyOrRefuse(file.getBytes(StandardCharsets.UTF_8), zone));
    }

    private static void surveyOrRefuse(byte[] bytes, Vn2000Tm3 zone) {
        try {
            MarkerSurvey survey = MarkerSurveyor.survey(zone, MarkerCsv.parse(bytes));
            assertThat(survey.boundary().isValid()).isTrue();
        } catch (SurveyFileException refused) {
            assertThat(refused.problems()).isNotEmpty();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    /** Text of {@code min} to {@code max} pieces one after the other. */
    private static Gen<String> concatenations(Gen<String> pieces, int min, int max) {
        return lists().of(pieces).ofSizeBetween(min, max).map(chosen -> String.join("", chosen));
    }

    /** Metres to the millimetre, from {@code min} to {@code max}. */
    private static Gen<Double> millimetres(double min, double max) {
        return longs().between(Math.round(min * 1000), Math.round(max * 1000)).map(mm -> mm / 1000.0);
    }
}
