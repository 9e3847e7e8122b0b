package vn.kcnatlas.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as every export format lays it out, line by line: first the date the figures stand at, then
 * the Vietnamese headings, then the stable English keys, then one line per row. CSV and XLSX write these
 * lines cell for cell, so the two never differ.
 *
 * @param title the sheet's name, and what the file name says it holds
 */
record ExportTable(String title, LocalDate asOf, List<String> keys, List<String> headings, List<List<Object>> rows) {

    static final String AS_OF_LABEL = "Số liệu tính đến / As of: ";

    /** The lines before the data: the as-of line, the headings and the keys. */
    static final int HEADER_LINES = 3;

    static <R> ExportTable of(String title, LocalDate asOf, List<Column<R>> columns, List<R> rows) {
        return new ExportTable(title, asOf, columns.stream().map(Column::key).toList(),
                columns.stream().map(Column::heading).toList(),
                rows.stream().map(row -> columns.stream().map(c -> c.value().apply(row)).toList()).toList());
    }

    /** Every line of the file; a null cell is an unknown figure, written empty. */
    List<List<Object>> lines() {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(AS_OF_LABEL + asOf));
        lines.add(List.copyOf(headings));
        lines.add(List.copyOf(keys));
        lines.addAll(rows);
        return lines;
    }
}
