package vn.kcnatlas.io;

import java.io.File;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.schema.SchemaExtension;
import mil.nga.geopackage.extension.schema.columns.DataColumns;
import mil.nga.geopackage.extension.schema.columns.DataColumnsDao;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.Wgs84;

/**
 * Reads the features of one layer of an OGC GeoPackage, reprojected from the layer's declared CRS. A row's
 * fid is the table's own key, not an id the features were given: features carry their ids (a zone's code,
 * a lot's zone and code) in their columns. A text column that gpkg_data_columns marks
 * {@code application/json} (as GDAL marks its JSON fields, and KCN Atlas its exported lists) is read as the
 * JSON it holds.
 */
final class GeoPackageFeatureReader {

    private GeoPackageFeatureReader() {
    }

    /**
     * @param layer the feature table to read; may be null when the GeoPackage has exactly one
     */
    static FeatureFile read(Path path, String layer, JsonMapper json) throws UnreadableFileException {
        File file = path.toFile();
        if (!file.isFile()) {
            throw new UnreadableFileException("No such file: " + path);
        }
        GeoPackage geoPackage;
        try {
            geoPackage = GeoPackageManager.open(file, false);
        } catch (RuntimeException e) {
            throw unreadable(path, e);
        }
        try (geoPackage) {
            String table = pickTable(geoPackage, layer, path);
            FeatureDao dao = geoPackage.getFeatureDao(table);
            CoordinateSystems.Reprojection crs = reprojection(dao.getSrs(), table);
            Set<String> jsonColumns = jsonColumns(geoPackage, table);
            List<SourceFeature> features = new ArrayList<>();
            FeatureResultSet rows = dao.queryForAll();
            try {
                int index = 0;
                while (rows.moveToNext()) {
                    features.add(feature(++index, rows.getRow(), crs, jsonColumns, json));
                }
            } finally {
                rows.close();
            }
            return new FeatureFile(path.getFileName() + ":" + table, features);
        } catch (GeoPackageException e) {
            // An SQLite file the library opens but cannot read as a GeoPackage: empty, or without its tables.
            throw unreadable(path, e);
        }
    }

    private static UnreadableFileException unreadable(Path path, RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new UnreadableFileException(path.getFileName() + " is not a readable GeoPackage: " + e.getMessage()
                + (cause == e ? "" : " (" + cause.getMessage() + ")"), e);
    }

    private static String pickTable(GeoPackage geoPackage, String layer, Path path) throws UnreadableFileException {
        List<String> tables = geoPackage.getFeatureTables();
        if (layer != null) {
            if (!tables.contains(layer)) {
                throw new UnreadableFileException(path.getFileName() + " has no feature layer '" + layer
                        + "'; its layers are " + tables);
            }
            return layer;
        }
        if (tables.size() != 1) {
            throw new UnreadableFileException(path.getFileName() + " has " + tables.size()
                    + " feature layers " + tables + "; name the one to import");
        }
        return tables.get(0);
    }

    private static CoordinateSystems.Reprojection reprojection(SpatialReferenceSystem srs, String table)
            throws UnreadableFileException {
        if (srs == null || !"EPSG".equalsIgnoreCase(srs.getOrganization())) {
            throw new UnreadableFileException("Layer " + table + " declares no EPSG coordinate reference system ("
                    + (srs == null ? "none" : srs.getOrganization() + ":" + srs.getOrganizationCoordsysId()) + ")");
        }
        return CoordinateSystems.fromEpsg((int) srs.getOrganizationCoordsysId());
    }

    private static Set<String> jsonColumns(GeoPackage geoPackage, String table) {
        DataColumnsDao dataColumns = SchemaExtension.getDataColumnsDao(geoPackage);
        try {
            if (!dataColumns.isTableExists()) {
                return Set.of();
            }
            return dataColumns.queryByTable(table).stream()
                    .filter(c -> MediaType.APPLICATION_JSON_VALUE.equalsIgnoreCase(c.getMimeType()))
                    .map(DataColumns::getColumnName).collect(Collectors.toSet());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read gpkg_data_columns: " + e.getMessage(), e);
        }
    }

    private static SourceFeature feature(int index, FeatureRow row, CoordinateSystems.Reprojection crs,
            Set<String> jsonColumns, JsonMapper json) {
        ObjectNode properties = json.createObjectNode();
        String geometryColumn = row.getGeometryColumnName();
        for (String column : row.getColumnNames()) {
            Object value = row.getValue(column);
            if (column.equals(geometryColumn) || column.equals(row.getPkColumn().getName()) || value instanceof byte[]) {
                continue;
            }
            if (jsonColumns.contains(column) && value instanceof String text) {
                properties.set(column, readJson(text, json));
            } else {
                properties.set(column, json.valueToTree(value));
            }
        }
        GeoPackageGeometryData data = row.getGeometry();
        if (data == null || data.isEmpty()) {
            return new SourceFeature(index, null, properties, null, null);
        }
        try {
            Geometry geometry = new WKBReader(Wgs84.FACTORY).read(data.getWkb());
            return new SourceFeature(index, null, properties, crs.apply(geometry), null);
        } catch (ParseException | java.io.IOException e) {
            return new SourceFeature(index, null, properties, null, "has an unreadable geometry: " + e.getMessage());
        }
    }

    /** JSON text as the JSON it holds; text that is not JSON stays text, for the feature's check to judge. */
    private static JsonNode readJson(String text, JsonMapper json) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return json.valueToTree(text);
        }
    }
}
