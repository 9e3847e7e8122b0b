package vn.kcnatlas.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.kcnatlas.text.Decimals;
import vn.kcnatlas.text.Utf8;

/**
 * Reads a surveyors' marker file: UTF-8 text (a byte order mark is allowed), the header {@code marker,x,y},
 * then one marker a line, x the northing and y the easting in metres, as plain decimals with a point.
 * The separator is the header's: a comma, a semicolon (spreadsheets in Vietnamese locales) or a tab;
 * values may be quoted. Blank lines, and rows with every value blank, are skipped. Every row is checked
 * and every problem named by data row, line and column.
 */
final class MarkerCsv {

    /** The largest file read: a boundary of 10 000 markers written generously takes under half of it. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_MARKERS = 10_000;
    static final int MAX_ID_LENGTH = 100;

    private static final List<String> HEADER = List.of("marker", "x", "y");
    private static final String EXPECTED = "the header marker,x,y (x = northing, y = easting, in metres)";
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int SHOWN_LENGTH = 60;

    private MarkerCsv() {
    }

    /**
     * Reads at most {@link #MAX_BYTES} (and one more, to know there is more) from the stream.
     *
     * @throws SurveyFileException when the file is too large or has any problem
     * @throws IOException when the stream fails
     */
    static List<MarkerRow> read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw SurveyFileException.tooLarge(SurveyProblem.ofFile("the file is larger than " + MAX_BYTES
                    + " bytes (1 MiB), the most this service reads; split the boundary or send at most "
                    + MAX_MARKERS + " markers"));
        }
        return parse(bytes);
    }

    /** @throws SurveyFileException naming every problem found */
    static List<MarkerRow> parse(byte[] bytes) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw SurveyFileException.invalid(SurveyProblem.ofFile("the file is empty: expected " + EXPECTED
                    + ", then one marker a line"));
        }
        char separator = separatorOf(firstLine(text));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return rows(parser, separator);
        } catch (IOException e) {
            throw new UncheckedIOException("a string reader failed", e);
        }
    }

    private static List<MarkerRow> rows(CSVParser parser, char separator) {
        Iterator<CSVRecord> records = parser.iterator();
        checkHeader(next(records, 1), separator);
        ProblemList problems = new ProblemList();
        List<MarkerRow> rows = new ArrayList<>();
        int row = 0;
        while (true) {
            // The parser has counted the line ends of every record before this one.
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord record = next(records, line);
            if (record == null) {
                break;
            }
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            row++;
            if (row > MAX_MARKERS) {
                throw SurveyFileException.tooLarge(SurveyProblem.at(row, line, null, "the file has more than "
                        + MAX_MARKERS + " markers, the most this service takes"));
            }
            MarkerRow marker = readRow(record, row, line, separator, problems);
            if (marker != null) {
                rows.add(marker);
            }
        }
        problems.throwIfAny();
        return rows;
    }

    /** The next record, or null at the end; bad quoting, the CSV lexer's only failure, is the file's problem. */
    private static CSVRecord next(Iterator<CSVRecord> records, int line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            String reason = e.getCause().getMessage().replaceFirst("^\\(startline \\d+\\) ", "");
            throw SurveyFileException.invalid(SurveyProblem.atLine(line, "the line is not valid CSV (" + reason
                    + "): a value holding the separator or a quote is written in double quotes, with any quote"
                    + " inside doubled"));
        }
    }

    private static void checkHeader(CSVRecord header, char separator) {
        List<String> names = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.equals(HEADER)) {
            return;
        }
        String written = shown(String.join(String.valueOf(separator), header.toList()));
        boolean looksLikeData = names.size() >= 3 && Decimals.DECIMAL.matcher(names.get(1)).matches();
        throw SurveyFileException.invalid(SurveyProblem.atLine(1, looksLikeData
                ? "the first line must be " + EXPECTED + ", but it holds a marker: " + written
                : "expected " + EXPECTED + ", got " + written));
    }

    /** The row as a marker, or null after adding its problems to the list. */
    private static MarkerRow readRow(CSVRecord record, int row, int line, char separator, ProblemList problems) {
        if (record.size() != HEADER.size()) {
            problems.add(countProblem(record, row, line, separator));
            return null;
        }
        int before = problems.total();
        String marker = Normalizer.normalize(record.get(0).strip(), Normalizer.Form.NFC);
        if (marker.isEmpty()) {
            problems.add(SurveyProblem.at(row, line, "marker", "the marker id is empty"));
        } else if (marker.length() > MAX_ID_LENGTH) {
            problems.add(SurveyProblem.at(row, line, "marker", "the marker id is longer than " + MAX_ID_LENGTH
                    + " characters"));
        }
        double northing = number(record.get(1), row, line, "x", problems);
        double easting = number(record.get(2), row, line, "y", problems);
        if (problems.total() > before) {
            return null;
        }
        MarkerRow parsed = new MarkerRow(row, line, marker, northing, easting);
        Tm3Range.check(northing, easting).ifPresent(bad -> problems.add(parsed.problem(bad.column(), bad.detail())));
        return problems.total() > before ? null : parsed;
    }

    private static SurveyProblem countProblem(CSVRecord record, int row, int line, char separator) {
        String separatorName = switch (separator) {
            case '\t' -> "tabs";
            case ';' -> "semicolons";
            default -> "commas";
        };
        if (record.size() < HEADER.size()) {
            String values = record.size() == 1 ? " value" : " values";
            return SurveyProblem.at(row, line, HEADER.get(record.size()), "the row has " + record.size() + values
                    + " where the header has 3 (marker,x,y), separated by " + separatorName + " as in the header");
        }
        return SurveyProblem.at(row, line, null, "the row has " + record.size() + " values where the header has 3"
                + " (marker,x,y): " + shown(record.get(HEADER.size())) + " and what follows have no column");
    }

    /** The cell as a finite number, or NaN after adding its problem to the list. */
    private static double number(String cell, int row, int line, String column, ProblemList problems) {
        String text = cell.strip();
        OptionalDouble value = Decimals.parse(text);
        if (value.isPresent()) {
            return value.getAsDouble();
        }
        String problem;
        if (text.isEmpty()) {
            problem = "the " + column + " value is empty";
        } else if (Decimals.NOT_FINITE.matcher(text).matches()) {
            problem = shown(text) + " is not a finite number";
        } else if (Decimals.DECIMAL.matcher(text).matches()) {
            problem = shown(text) + " is too large";
        } else if (DECIMAL_COMMA.matcher(text).matches()) {
            problem = shown(text) + " has a decimal comma: write " + text.replace(',', '.');
        } else {
            problem = shown(text) + " is not a number";
        }
        problems.add(SurveyProblem.at(row, line, column, problem));
        return Double.NaN;
    }

    /** Text from the file, quoted, and cut short: a problem shows where, not the whole file. */
    private static String shown(String text) {
        return "'" + (text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "…") + "'";
    }

    /** The separator the header uses: a tab or a semicolon if it has one, else a comma. */
    private static char separatorOf(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static String decode(byte[] bytes) {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.valid()) {
            int offset = decoded.invalidAt();
            throw SurveyFileException.invalid(SurveyProblem.atLine(lineOf(bytes, offset), String.format(Locale.ROOT,
                    "the file is not UTF-8 text (byte 0x%02X at offset %d); save it as CSV UTF-8",
                    bytes[offset] & 0xFF, offset)));
        }
        return decoded.text();
    }

    /** The line of a byte, counting line ends as the CSV parser does: LF, CR LF, or a lone CR. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
