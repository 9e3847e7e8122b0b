package vn.kcnatlas.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import vn.kcnatlas.text.Utf8;

/** The rows of a UTF-8 CSV file with a header (after a byte order mark, if it starts with one), blank cells read as null. */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvRows() {
    }

    /**
     * The rows of a file an import was given, its faults as the import reports them.
     *
     * @param what what a file of this kind is, for the message: "CSV table", "CSV sheet"
     */
    static List<Row> readImportFile(Path path, String what) throws UnreadableFileException {
        try {
            return read(new FileSystemResource(path));
        } catch (IOException e) {
            throw new UnreadableFileException("Cannot read " + path + ": " + e.getMessage(), e);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new UnreadableFileException(path.getFileName() + " is not a readable " + what + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * @throws IllegalArgumentException for a header with an empty or repeated name, or bytes that are not UTF-8
     * @throws java.io.UncheckedIOException for text that is not CSV, such as an unclosed quote
     */
    static List<Row> read(Resource resource) throws IOException {
        try (Reader reader = Utf8.reader(resource.getInputStream())) {
            return FORMAT.parse(reader).getRecords().stream().map(r -> new Row(resource.getFilename(), r)).toList();
        } catch (IOException | UncheckedIOException e) {
            if (Utf8.isEncodingFault(e)) {
                throw notUtf8();
            }
            throw e;
        }
    }

    private static IllegalArgumentException notUtf8() {
        return new IllegalArgumentException("it is not UTF-8 text; save it as CSV UTF-8");
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
