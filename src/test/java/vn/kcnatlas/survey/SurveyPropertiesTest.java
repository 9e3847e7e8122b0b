package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import vn.kcnatlas.geo.Vn2000Tm3;

/**
 * Properties of reading and converting marker files, checked over files generated from fixed seeds, so
 * that a failure names its seed and repeats.
 */
class SurveyPropertiesTest {

    private static final int CASES = 500;
    /** Marker ids as surveyors write them, with the characters that need quoting in CSV. */
    private static final String ID_CHARACTERS = "MmốcĐđươàáạảãêệ0123456789 -_/,;\"'";
    /** What marker files are made of, and what breaks them: separators, quotes, line ends, signs, words. */
    private static final String[] FRAGMENTS = {",", ";", "\t", "\"", "\r", "\n", "\r\n", ".", "e", "E", "+", "-", "0",
        "1", "5", "9", "1163000", "589000", "M1", "M2", "Mốc", " ", "NaN", "Infinity", "\uFEFF", "ố"};
    private static final char[] SEPARATORS = {',', ';', '\t'};

    @Test
    void validRowsReadBackAsWritten() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            char separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
            List<MarkerRow> written = new ArrayList<>();
            StringBuilder file = new StringBuilder(String.join(String.valueOf(separator), "marker", "x", "y"))
                    .append("\r\n");
            int rows = 1 + random.nextInt(30);
            for (int row = 1; row <= rows; row++) {
                MarkerRow marker = new MarkerRow(row, row + 1, id(random), millimetres(random, Tm3Range.MIN_NORTHING,
                        Tm3Range.MAX_NORTHING), millimetres(random, Tm3Range.MIN_EASTING, Tm3Range.MAX_EASTING));
                written.add(marker);
                file.append('"').append(marker.marker().replace("\"", "\"\"")).append('"').append(separator)
                        .append(marker.northing()).append(separator).append(marker.easting()).append("\r\n");
            }

            List<MarkerRow> read = MarkerCsv.parse(file.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(read).as("seed %d", seed).isEqualTo(written);
        }
    }

    /**
     * The way back inverts the datum shift by negating its parameters, as PROJ does: an approximation, good to
     * a few millimetres over every plausible TM-3 position.
     */
    @Test
    void positionsRoundTripThroughWgs84WithinFiveMillimetres() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            Vn2000Tm3 zone = Vn2000Tm3.values()[random.nextInt(Vn2000Tm3.values().length)];
            double northing = random.nextDouble(Tm3Range.MIN_NORTHING, Tm3Range.MAX_NORTHING);
            double easting = random.nextDouble(Tm3Range.MIN_EASTING, Tm3Range.MAX_EASTING);
            Tm3Conversion conversion = new Tm3Conversion(zone);

            Coordinate lonLat = conversion.toWgs84(northing, easting);
            Coordinate plane = conversion.toPlane(lonLat.x, lonLat.y);

            assertThat(Math.hypot(plane.x - easting, plane.y - northing)).as("seed %d", seed).isLessThan(0.005);
        }
    }

    @Test
    void anyBytesGiveABoundaryOrTheReadersRefusal() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);

            surveyOrRefuse(bytes, random, seed);
        }
    }

    /** Text near enough to a marker file to reach every check past the header, and the header's too. */
    @Test
    void garbledFilesGiveABoundaryOrTheReadersRefusal() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            StringBuilder file = new StringBuilder(random.nextInt(4) == 0 ? "" : "marker,x,y\n");
            int lines = random.nextInt(12);
            for (int line = 0; line < lines; line++) {
                if (random.nextBoolean()) {
                    file.append("M").append(random.nextInt(5)).append(',').append(1_162_900 + random.nextInt(200))
                            .append(',').append(588_900 + random.nextInt(200)).append('\n');
                } else {
                    int fragments = random.nextInt(15);
                    for (int i = 0; i < fragments; i++) {
                        file.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    }
                }
            }

            surveyOrRefuse(file.toString().getBytes(StandardCharsets.UTF_8), random, seed);
        }
    }

    private static void surveyOrRefuse(byte[] bytes, Random random, long seed) {
        Vn2000Tm3 zone = Vn2000Tm3.values()[random.nextInt(Vn2000Tm3.values().length)];
        try {
            MarkerSurvey survey = MarkerSurveyor.survey(zone, MarkerCsv.parse(bytes));
            assertThat(survey.boundary().isValid()).as("seed %d", seed).isTrue();
        } catch (SurveyFileException refused) {
            assertThat(refused.problems()).as("seed %d", seed).isNotEmpty();
            assertThat(refused.getMessage()).as("seed %d", seed).isNotBlank();
        }
    }

    private static String id(Random random) {
        StringBuilder id = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        String stripped = id.toString().strip();
        return stripped.isEmpty() ? "M" : stripped;
    }

    private static double millimetres(Random random, double min, double max) {
        return Math.round(random.nextDouble(min, max) * 1000) / 1000.0;
    }
}
