package vn.kcnatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

import vn.kcnatlas.text.Coded;

/** The formats a table exports to, each writing the lines of an {@link ExportTable} cell for cell. */
enum TableFormat implements Coded {

    CSV("csv", CsvSheet.MEDIA_TYPE) {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            try (CsvSheet sheet = new CsvSheet(out)) {
                for (List<Object> line : table.lines()) {
                    sheet.line(line);
                }
            }
        }
    },

    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            Workbook workbook = new Workbook(out, "KCN Atlas", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.title());
            List<List<Object>> lines = table.lines();
            for (int r = 0; r < lines.size(); r++) {
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        }
    };

    private final String extension;
    private final MediaType mediaType;

    TableFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    @Override
    public String code() {
        return extension;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    abstract void write(ExportTable table, OutputStream out) throws IOException;
}
