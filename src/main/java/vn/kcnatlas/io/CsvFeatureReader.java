package vn.kcnatlas.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.export.FeatureLayer;
import vn.kcnatlas.export.PropertyColumn;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.text.Coded;

/**
 * Reads a CSV sheet as the export writes it ({@code GET /api/export?format=csv}): a header of the layer's
 * column names, the boundary as WKT in EPSG:4326, each cell typed by the layer's own column, so that the
 * sheet reads back as the features it was written from. Feature N is the sheet's Nth row below the header.
 */
final class CsvFeatureReader {

    private CsvFeatureReader() {
    }

    /** @param kind the import kind, which names the layer whose columns the sheet holds */
    static FeatureFile read(Path path, String kind, JsonMapper json) throws UnreadableFileException {
        String name = path.getFileName().toString();
        FeatureLayer layer = Coded.find(FeatureLayer.class, kind).orElseThrow(() -> new UnreadableFileException(
                name + ": a CSV sheet imports only " + Coded.allowed(FeatureLayer.class) + ", not " + kind));
        List<CsvRows.Row> rows = CsvRows.readImportFile(path, "CSV sheet");
        Map<String, PropertyColumn> columns = rows.isEmpty() ? Map.of() : columns(name, layer, rows.get(0).columns());
        List<SourceFeature> features = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            features.add(feature(i + 1, rows.get(i), columns, json));
        }
        return new FeatureFile(name, features);
    }

    /** The header's property columns by name; every name must be the geometry or one of the layer's columns. */
    private static Map<String, PropertyColumn> columns(String name, FeatureLayer layer, List<String> header)
            throws UnreadableFileException {
        List<String> unknown = header.stream()
                .filter(c -> !c.equals(FeatureLayer.CSV_GEOMETRY) && layer.column(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new UnreadableFileException(name + " has columns that " + layer.code() + " do not have: "
                    + unknown + "; the columns are " + FeatureLayer.CSV_GEOMETRY + ", "
                    + layer.columns().stream().map(PropertyColumn::name).collect(Collectors.joining(", ")));
        }
        return header.stream().map(layer::column).flatMap(Optional::stream)
                .collect(Collectors.toMap(PropertyColumn::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static SourceFeature feature(int index, CsvRows.Row row, Map<String, PropertyColumn> columns,
            JsonMapper json) {
        ObjectNode properties = json.createObjectNode();
        if (!row.record().isConsistent()) {
            return new SourceFeature(index, null, properties, null, "has " + row.record().size()
                    + " cells where the header has " + row.columns().size() + " columns");
        }
        List<String> problems = new ArrayList<>();
        for (PropertyColumn column : columns.values()) {
            try {
                properties.set(column.name(), column.read(row.record().get(column.name()), json));
            } catch (IllegalArgumentException e) {
                problems.add("column " + column.name() + ": " + e.getMessage());
            }
        }
        Geometry geometry = null;
        String wkt = row.columns().contains(FeatureLayer.CSV_GEOMETRY) ? row.text(FeatureLayer.CSV_GEOMETRY) : null;
        if (wkt != null) {
            try {
                geometry = new WKTReader(Wgs84.FACTORY).read(wkt);
            } catch (ParseException e) {
                problems.add("column " + FeatureLayer.CSV_GEOMETRY + " is not WKT: " + e.getMessage());
            }
        }
        return new SourceFeature(index, null, properties, geometry, problems.isEmpty() ? null
                : String.join("; ", problems));
    }
}
