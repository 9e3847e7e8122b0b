package vn.kcnatlas.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The importer's front door, shared by the command line and the HTTP API: picks the reader by file type
 * and the import by kind, and always answers with a report, also for a file it cannot read.
 */
@Service
public class Importer {

    private final ImportService service;
    private final Map<String, FeatureImport<?>> kinds;
    private final JsonMapper json;

    Importer(ImportService service, List<FeatureImport<?>> imports, JsonMapper json) {
        this.service = service;
        this.kinds = imports.stream().collect(Collectors.toMap(FeatureImport::kind, Function.identity()));
        this.json = json;
    }

    /** The kinds of import there are: communes, districts, lots, reports, sources, zones. */
    public List<String> kinds() {
        return kinds.keySet().stream().sorted().toList();
    }

    /** Imports a GeoJSON (.geojson, .json), GeoPackage (.gpkg) or CSV (.csv, as the export writes it) file. */
    public ImportReport importFile(String kind, Path path, ImportOptions options, ImportProgress progress) {
        FeatureImport<?> featureImport = kindOf(kind);
        try {
            return service.run(featureImport, read(featureImport, path, options), options, progress);
        } catch (UnreadableFileException e) {
            return refused(kind, path.getFileName().toString(), options, e);
        }
    }

    /** Imports GeoJSON from a stream, such as an upload. */
    public ImportReport importGeoJson(String kind, InputStream in, String name, ImportOptions options,
            ImportProgress progress) {
        FeatureImport<?> featureImport = kindOf(kind);
        try {
            return service.run(featureImport, GeoJsonFeatureReader.read(in, name, json), options, progress);
        } catch (UnreadableFileException e) {
            return refused(kind, name, options, e);
        }
    }

    private FeatureFile read(FeatureImport<?> kind, Path path, ImportOptions options) throws UnreadableFileException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!kind.tableColumns().isEmpty()) {
            if (!name.endsWith(".csv")) {
                throw new UnreadableFileException(kind.kind() + " are imported from a CSV table (.csv) with the columns "
                        + kind.tableColumns() + ", not from " + path.getFileName());
            }
            return CsvTableReader.read(path, kind.tableColumns(), json);
        }
        if (name.endsWith(".gpkg")) {
            return GeoPackageFeatureReader.read(path, options.layer(), json);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return GeoJsonFeatureReader.read(path, json);
        }
        if (name.endsWith(".csv")) {
            return CsvFeatureReader.read(path, kind.kind(), json);
        }
        throw new UnreadableFileException("Cannot tell the format of " + path.getFileName()
                + ": name it .geojson, .json, .gpkg or .csv");
    }

    private FeatureImport<?> kindOf(String kind) {
        FeatureImport<?> featureImport = kinds.get(kind);
        if (featureImport == null) {
            throw new IllegalArgumentException("Unknown import kind '" + kind + "'; choose one of " + kinds());
        }
        return featureImport;
    }

    private static ImportReport refused(String kind, String name, ImportOptions options, UnreadableFileException e) {
        return ImportReport.refused(kind, name, options.dryRun(), 0, List.of(FeatureProblem.ofFile(e.getMessage())),
                List.of());
    }
}
