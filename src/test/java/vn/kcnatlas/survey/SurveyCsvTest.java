package vn.kcnatlas.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading marker files: what is accepted, and each bad input named by row, line and column. */
class SurveyCsvTest {

    private static final String HEADER = "marker,x,y\n";

    @Test
    void readsRowsWithTheirRowAndLineNumbers() {
        List<MarkerRow> rows = MarkerCsv.parse(utf8("\uFEFFmarker,x,y\r\n"
                + "M1,1163000.125,589000\r\n"
                + "\r\n"
                + "\"Mốc 2, phía Bắc\",1163100,589000.5\r\n"
                + ",,\r\n"
                + "M3,+1163100,5.89e5\r\n"));

        assertThat(rows).containsExactly(
                new MarkerRow(1, 2, "M1", 1163000.125, 589000),
                new MarkerRow(2, 4, "Mốc 2, phía Bắc", 1163100, 589000.5),
                new MarkerRow(3, 6, "M3", 1163100, 589000));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t"})
    void takesTheSeparatorOfTheHeader(String separator) {
        List<MarkerRow> rows = MarkerCsv.parse(utf8(String.join(separator, "Marker", " X ", "y") + "\n"
                + String.join(separator, "M1", "1163000", "589000") + "\n"));

        assertThat(rows).containsExactly(new MarkerRow(1, 2, "M1", 1163000, 589000));
    }

    @Test
    void markerIdsAreStrippedAndComposed() {
        String decomposed = Normalizer.normalize("Mốc 1", Normalizer.Form.NFD);

        List<MarkerRow> rows = MarkerCsv.parse(utf8(HEADER + "  " + decomposed + " ,1163000,589000"));

        assertThat(rows.getFirst().marker()).isEqualTo("Mốc 1").isNotEqualTo(decomposed);
    }

    @Test
    void aLineAfterAQuotedLineBreakKeepsItsNumber() {
        List<MarkerRow> rows = MarkerCsv.parse(utf8(HEADER + "\"M\n1\",1163000,589000\nM2,1163000,589100\n"));

        assertThat(rows).extracting(MarkerRow::line).containsExactly(2, 4);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            M1,1163000                  | y      | the row has 2 values where the header has 3 (marker,x,y), separated by commas as in the header
            M1                          | x      | the row has 1 value where the header has 3 (marker,x,y), separated by commas as in the header
            M1,abc,589000               | x      | 'abc' is not a number
            M1,1163000,0x1p3            | y      | '0x1p3' is not a number
            M1,NaN,589000               | x      | 'NaN' is not a finite number
            M1,1163000,-Infinity        | y      | '-Infinity' is not a finite number
            M1,1e999,589000             | x      | '1e999' is too large
            M1,,589000                  | x      | the x value is empty
            "  ,1163000,589000"         | marker | the marker id is empty
            M1,589000,1163000           | x      | x and y look swapped: x is the northing (650,000–2,700,000 m), y the easting (250,000–750,000 m)
            M1,116300,589000            | x      | northing 116300.000 is not a TM-3 northing in Vietnam (650,000–2,700,000 m)
            M1,1163000,58900            | y      | easting 58900.000 is not a TM-3 easting in Vietnam (250,000–750,000 m)
            """)
    void namesTheRowLineAndColumnOfABadValue(String line, String column, String detail) {
        SurveyFileException e = refused(HEADER + "M0,1163000,589000\n\n" + line + "\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(2, 4, column, detail));
        assertThat(e.getMessage()).isEqualTo("Row 2 (line 4), column " + column + ": " + detail);
        assertThat(e.tooLarge()).isFalse();
    }

    @Test
    void anExtraValueIsNamed() {
        SurveyFileException e = refused(HEADER + "M1,1163000,589000,note\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(1, 2, null, "the row has 4 values where the header"
                + " has 3 (marker,x,y): 'note' and what follows have no column"));
        assertThat(e.getMessage()).startsWith("Row 1 (line 2): the row has 4 values");
    }

    @Test
    void aLongValueIsShownCutShort() {
        SurveyFileException e = refused(HEADER + "M1," + "9".repeat(70) + "x,589000\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(1, 2, "x", "'" + "9".repeat(60) + "…' is not a number"));
    }

    @Test
    void aDecimalCommaIsExplained() {
        SurveyFileException e = refused("marker;x;y\nM1;1163000,25;589000\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.at(1, 2, "x",
                "'1163000,25' has a decimal comma: write 1163000.25"));
    }

    @Test
    void everyBadRowIsReported() {
        SurveyFileException e = refused(HEADER + "M1,x1,589000\nM2,1163000,589000\nM3,1163000,y3\n,abc,\n");

        assertThat(e.problems()).extracting(SurveyProblem::row, SurveyProblem::column)
                .containsExactly(tuple(1, "x"), tuple(3, "y"),
                        tuple(4, "marker"), tuple(4, "x"),
                        tuple(4, "y"));
        assertThat(e.total()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo("Row 1 (line 2), column x: 'x1' is not a number (and 4 more problems)");
    }

    @Test
    void aFileFullOfMistakesReportsTheFirstFiftyAndCountsAll() {
        SurveyFileException e = refused(HEADER + "M,bad,589000\n".repeat(120));

        assertThat(e.problems()).hasSize(SurveyFileException.MAX_REPORTED);
        assertThat(e.total()).isEqualTo(120);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            mốc,x,y                 | expected the header marker,x,y (x = northing, y = easting, in metres), got 'mốc,x,y'
            marker,y,x              | expected the header marker,x,y (x = northing, y = easting, in metres), got 'marker,y,x'
            marker,x,y,z            | expected the header marker,x,y (x = northing, y = easting, in metres), got 'marker,x,y,z'
            M1,1163000,589000       | the first line must be the header marker,x,y (x = northing, y = easting, in metres), but it holds a marker: 'M1,1163000,589000'
            """)
    void aMissingOrWrongHeaderIsLineOne(String header, String detail) {
        SurveyFileException e = refused(header + "\nM2,1163000,589000\n");

        assertThat(e.problems()).containsExactly(SurveyProblem.atLine(1, detail));
        assertThat(e.getMessage()).isEqualTo("Line 1: " + detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", " \r\n\n"})
    void anEmptyFileIsRefused(String text) {
        assertThat(refused(text).getMessage()).isEqualTo("The file is empty: expected the header marker,x,y"
                + " (x = northing, y = easting, in metres), then one marker a line");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLine() {
        byte[] windows1258 = (HEADER + "M1,1163000,589000\nM").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(windows1258, windows1258.length + 1);
        bytes[bytes.length - 1] = (byte) 0xF4; // ô in Windows-1258, alone: no UTF-8 sequence

        SurveyFileException e = catchThrowableOfType(SurveyFileException.class, () -> MarkerCsv.parse(bytes));

        assertThat(e.getMessage()).isEqualTo("Line 3: the file is not UTF-8 text (byte 0xF4 at offset 30);"
                + " save it as CSV UTF-8");
    }

    @Test
    void anUnclosedQuoteIsNamedByLine() {
        SurveyFileException e = refused(HEADER + "M1,1163000,589000\n\"M2,1163000,589000\n");

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().getFirst().line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("Line 3: the line is not valid CSV (");
    }

    @Test
    void aFileOverOneMebibyteIsTooLarge() {
        byte[] body = utf8(HEADER + "M1,1163000,589000\n".repeat(MarkerCsv.MAX_BYTES / 18 + 1));

        SurveyFileException e = catchThrowableOfType(SurveyFileException.class,
                () -> MarkerCsv.read(new ByteArrayInputStream(body)));

        assertThat(e.tooLarge()).isTrue();
        assertThat(e.getMessage()).startsWith("The file is larger than 1048576 bytes (1 MiB)");
    }

    @Test
    void moreThanTenThousandMarkersAreTooMany() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= MarkerCsv.MAX_MARKERS + 1; i++) {
            file.append('M').append(i).append(",1163000,").append(500000 + i).append('\n');
        }

        SurveyFileException e = refused(file.toString());

        assertThat(e.tooLarge()).isTrue();
        assertThat(e.problems()).containsExactly(SurveyProblem.at(10_001, 10_002, null,
                "the file has more than 10000 markers, the most this service takes"));
    }

    private static SurveyFileException refused(String text) {
        return catchThrowableOfType(SurveyFileException.class, () -> MarkerCsv.parse(utf8(text)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
