package vn.kcnatlas.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.schema.SchemaExtension;
import mil.nga.geopackage.extension.schema.columns.DataColumns;
import mil.nga.geopackage.extension.schema.columns.DataColumnsDao;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonFeature;
import vn.kcnatlas.geo.Wgs84;
import vn.kcnatlas.geo.Wkb;

/**
 * Writes layers of features as an OGC GeoPackage in EPSG:4326, one feature table each: the properties as
 * typed columns, the boundary as GeoPackage geometry (header and envelope, then WKB). Nested properties are
 * JSON text marked {@code application/json} in gpkg_data_columns, as GDAL marks its JSON fields, so a
 * reader can take them back as lists and objects.
 */
final class GeoPackageFile {

    private GeoPackageFile() {
    }

    /** The GeoPackage's bytes: SQLite writes only to a file, so it is built in a temporary one. */
    static byte[] write(Map<FeatureLayer, List<GeoJsonFeature>> layers, JsonMapper json) {
        try {
            Path directory = Files.createTempDirectory("kcn-export-");
            Path file = directory.resolve("export.gpkg");
            try {
                GeoPackageManager.create(file.toFile());
                try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
                    for (Map.Entry<FeatureLayer, List<GeoJsonFeature>> layer : layers.entrySet()) {
                        writeLayer(geoPackage, layer.getKey(), layer.getValue(), json);
                    }
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the GeoPackage: " + e.getMessage(), e);
        }
    }

    private static void writeLayer(GeoPackage geoPackage, FeatureLayer layer, List<GeoJsonFeature> features,
            JsonMapper json) throws SQLException, IOException {
        SpatialReferenceSystem srs = geoPackage.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", Wgs84.SRID);
        geoPackage.createGeometryColumnsTable();
        String table = layer.code();
        GeometryColumns geometry = new GeometryColumns();
        geometry.setId(new TableColumnKey(table, "geom"));
        geometry.setGeometryType(GeometryType.MULTIPOLYGON);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrs(srs);
        List<PropertyColumn> columns = PropertyColumn.of(layer, features);
        geoPackage.createFeatureTable(FeatureTableMetadata.create(geometry,
                columns.stream().map(c -> FeatureColumn.createColumn(c.name(), dataType(c.type()))).toList()));
        markJson(geoPackage, table, columns);
        FeatureDao dao = geoPackage.getFeatureDao(table);
        for (GeoJsonFeature feature : features) {
            FeatureRow row = dao.newRow();
            for (PropertyColumn column : columns) {
                row.setValue(column.name(), column.valueOf(feature, json));
            }
            if (feature.geometry() != null) {
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(srs.getSrsId(),
                        Wkb.write(feature.geometry())));
            }
            dao.create(row);
        }
    }

    private static void markJson(GeoPackage geoPackage, String table, List<PropertyColumn> columns)
            throws SQLException {
        List<PropertyColumn> nested = columns.stream().filter(c -> c.type() == PropertyColumn.Type.JSON).toList();
        if (nested.isEmpty()) {
            return;
        }
        SchemaExtension schema = new SchemaExtension(geoPackage);
        schema.createDataColumnsTable();
        DataColumnsDao dao = schema.getDataColumnsDao();
        for (PropertyColumn column : nested) {
            DataColumns marked = new DataColumns();
            marked.setContents(geoPackage.getTableContents(table));
            marked.setColumnName(column.name());
            marked.setName(column.name());
            marked.setMimeType(MediaType.APPLICATION_JSON_VALUE);
            dao.create(marked);
        }
    }

    private static GeoPackageDataType dataType(PropertyColumn.Type type) {
        return switch (type) {
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case TEXT, JSON -> GeoPackageDataType.TEXT;
        };
    }
}
