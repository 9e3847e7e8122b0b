package vn.kcnatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.io.WKTWriter;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.web.GeoJsonResponses;

/** The formats zones and lots export to, each of which reads back through the importer. */
enum FeatureFormat implements Coded {

    /** The API's own features, one layer. */
    GEOJSON("geojson", GeoJsonResponses.GEO_JSON, false) {
        @Override
        byte[] write(Map<FeatureLayer, List<GeoJsonFeature>> layers, JsonMapper json) {
            return json.writeValueAsBytes(GeoJsonFeature.collection(layers.values().iterator().next(), Map.of()));
        }
    },

    /** One feature table per layer. */
    GPKG("gpkg", MediaType.parseMediaType("application/geopackage+sqlite3"), true) {
        @Override
        byte[] write(Map<FeatureLayer, List<GeoJsonFeature>> layers, JsonMapper json) {
            return GeoPackageFile.write(layers, json);
        }
    },

    /**
     * One layer as a spreadsheet: UTF-8 with a byte order mark for Excel, the boundary as WKT in the first
     * column ({@link FeatureLayer#CSV_GEOMETRY}), then the layer's columns, nested properties as JSON text.
     */
    CSV("csv", CsvSheet.MEDIA_TYPE, false) {
        @Override
        byte[] write(Map<FeatureLayer, List<GeoJsonFeature>> layers, JsonMapper json) {
            Map.Entry<FeatureLayer, List<GeoJsonFeature>> layer = layers.entrySet().iterator().next();
            List<GeoJsonFeature> features = layer.getValue();
            List<PropertyColumn> columns = PropertyColumn.of(layer.getKey(), features);
            List<String> header = new ArrayList<>(List.of(FeatureLayer.CSV_GEOMETRY));
            columns.forEach(c -> header.add(c.name()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CsvSheet sheet = new CsvSheet(out)) {
                sheet.line(header);
                WKTWriter wkt = new WKTWriter();
                for (GeoJsonFeature feature : features) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(feature.geometry() == null ? null : wkt.write(feature.geometry()));
                    columns.forEach(c -> cells.add(c.valueOf(feature, json)));
                    sheet.line(cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    };

    private final String extension;
    private final MediaType mediaType;
    private final boolean manyLayers;

    FeatureFormat(String extension, MediaType mediaType, boolean manyLayers) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.manyLayers = manyLayers;
    }

    @Override
    public String code() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** Whether a file of this format holds more than one layer (then every layer goes in when none is named). */
    boolean manyLayers() {
        return manyLayers;
    }

    /** The file of these layers, in the order given; a one-layer format is given exactly one. */
    abstract byte[] write(Map<FeatureLayer, List<GeoJsonFeature>> layers, JsonMapper json);
}
