package vn.kcnatlas.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

/** The rows of a UTF-8 CSV file with a header (after a byte order mark, if it starts with one), blank cells read as null. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvRows() {
    }

    /**
     * @throws IllegalArgumentException for a header with an empty or repeated name
     * @throws java.io.UncheckedIOException for text that is not CSV, such as an unclosed quote
     */
    static List<Row> read(Resource resource) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return FORMAT.parse(reader).getRecords().stream().map(r -> new Row(resource.getFilename(), r)).toList();
        }
    }

    /** One row; its getters name the file and line when a cell cannot be read. */
    record Row(String file, CSVRecord record) {

        /** The header's names, in file order. */
        List<String> columns() {
            return record.getParser().getHeaderNames();
        }

        String text(String column) {
            String value = record.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw fail(column, "is empty");
            }
            return value;
        }

        Double number(String column) {
            String value = text(column);
            try {
                return value == null ? null : Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw fail(column, "is not a number: '" + value + "'");
            }
        }

        IllegalStateException fail(String column, String problem) {
            return new IllegalStateException(file + " line " + record.getRecordNumber() + ", column " + column + " "
                    + problem);
        }
    }
}
