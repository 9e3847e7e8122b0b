package vn.kcnatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

/**
 * How every CSV export is written: UTF-8 with a byte order mark, which Excel needs to show the diacritics,
 * RFC 4180 quoting, numbers as written by hand (12.5, 1200, never 1.2E3) and unknown values as empty cells.
 */
public final class CsvSheet implements AutoCloseable {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CSVPrinter printer;

    public CsvSheet(OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    public void line(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvSheet::cell).toList());
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
