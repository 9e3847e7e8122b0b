package vn.kcnatlas.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a plain CSV table (source documents, periodic reports) as features without geometry: each row's
 * non-blank cells become text properties named by the header, for the import to read as it needs. Feature N is
 * the table's Nth row below the header.
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    /** @param columns the columns the kind reads; a header naming another, or lacking one, refuses the file */
    static FeatureFile read(Path path, List<String> columns, JsonMapper json) throws UnreadableFileException {
        String name = path.getFileName().toString();
        List<CsvRows.Row> rows = CsvRows.readImportFile(path, "CSV table");
        if (!rows.isEmpty() && !rows.get(0).columns().equals(columns)) {
            throw new UnreadableFileException(name + " has the columns " + rows.get(0).columns()
                    + "; a table of this kind has " + columns + ", in that order");
        }
        List<SourceFeature> features = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvRows.Row row = rows.get(i);
            ObjectNode properties = json.createObjectNode();
            if (!row.record().isConsistent()) {
                features.add(new SourceFeature(i + 1, null, properties, null, "has " + row.record().size()
                        + " cells where the header has " + columns.size() + " columns"));
                continue;
            }
            columns.forEach(c -> {
                String text = row.text(c);
                if (text != null) {
                    properties.put(c, text);
                }
            });
            features.add(new SourceFeature(i + 1, null, properties, null, null));
        }
        return new FeatureFile(name, features);
    }
}
