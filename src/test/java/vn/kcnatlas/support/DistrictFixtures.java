package vn.kcnatlas.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import tools.jackson.databind.json.JsonMapper;

import vn.kcnatlas.geo.GeoJsonGeometry;
import vn.kcnatlas.geo.Wkb;

/**
 * District-boundary files for importer tests, authored here: a 6 km square around each district's label
 * point (from geodata/districts.csv), named the many ways real sources name districts. They are not real
 * boundaries; the real ones are licensed data the project does not ship.
 */
public final class DistrictFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DistrictFixtures() {
    }

    /** One district of the seed: its code, province name, bare name, unit type and label point. */
    public record Unit(String code, String province, String name, String unitType, double lon, double lat) {

        public Geometry square() {
            return Zones.square(lon, lat, 6000);
        }
    }

    public static List<Unit> units() {
        try (Reader reader = new InputStreamReader(DistrictFixtures.class.getResourceAsStream("/geodata/districts.csv"),
                StandardCharsets.UTF_8)) {
            List<Unit> units = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String province = r.get("province_code").equals("dong-thap") ? "Đồng Tháp" : "Kiên Giang";
                units.add(new Unit(r.get("code"), province, r.get("name"), r.get("unit_type"),
                        Double.parseDouble(r.get("label_lon")), Double.parseDouble(r.get("label_lat"))));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A GeoJSON FeatureCollection of every district, with names written as sources write them: with a unit
     * prefix in one field, with a separate unit-type field, without diacritics, and some without a province
     * (left for the importer to place by geometry).
     */
    public static String geoJson() {
        List<Map<String, Object>> features = new ArrayList<>();
        List<Unit> units = units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Map<String, Object> properties = new LinkedHashMap<>();
            switch (i % 4) {
                case 0 -> properties.put("district", prefixed(unit));
                case 1 -> {
                    properties.put("district", unit.name());
                    properties.put("unit_type", word(unit.unitType()));
                }
                case 2 -> properties.put("shapeName", vn.kcnatlas.text.VietnameseText.fold(prefixed(unit)));
                default -> {
                    properties.put("ADM2_VI", unit.name());
                    properties.put("TYPE_2", word(unit.unitType()));
                }
            }
            if (i % 5 != 0) {
                properties.put("province", unit.province());
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("properties", properties);
            feature.put("geometry", JSON.readTree(GeoJsonGeometry.write(unit.square())));
            features.add(feature);
        }
        return JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", features));
    }

    /**
     * A GeoPackage of every district in Web Mercator (EPSG:3857), so importing it exercises
     * reprojection as well as the GeoPackage reader.
     */
    public static Path geoPackage(Path directory) {
        Path file = directory.resolve("districts-web-mercator.gpkg");
        GeoPackageManager.create(file.toFile());
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile())) {
            SpatialReferenceSystem srs = geoPackage.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 3857);
            geoPackage.createGeometryColumnsTable();
            GeometryColumns columns = new GeometryColumns();
            columns.setId(new TableColumnKey("huyen", "geom"));
            columns.setGeometryType(GeometryType.MULTIPOLYGON);
            columns.setZ((byte) 0);
            columns.setM((byte) 0);
            columns.setSrs(srs);
            geoPackage.createFeatureTable(FeatureTableMetadata.create(columns, List.of(
                    FeatureColumn.createColumn("ten_huyen", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("tinh", GeoPackageDataType.TEXT))));
            FeatureDao dao = geoPackage.getFeatureDao("huyen");
            CoordinateTransform toUtm = new CoordinateTransformFactory().createTransform(
                    new CRSFactory().createFromName("EPSG:4326"), new CRSFactory().createFromName("EPSG:3857"));
            for (Unit unit : units()) {
                FeatureRow row = dao.newRow();
                row.setValue("ten_huyen", prefixed(unit));
                row.setValue("tinh", unit.province());
                row.setGeometry(GeoPackageGeometryData.createFromWkb(srs.getSrsId(), Wkb.write(project(unit.square(), toUtm))));
                dao.create(row);
            }
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static Geometry project(Geometry geometry, CoordinateTransform transform) {
        Geometry copy = geometry.copy();
        for (var c : copy.getCoordinates()) {
            ProjCoordinate out = new ProjCoordinate();
            transform.transform(new ProjCoordinate(c.x, c.y), out);
            c.x = out.x;
            c.y = out.y;
        }
        copy.geometryChanged();
        return copy;
    }

    private static String prefixed(Unit unit) {
        return switch (unit.unitType()) {
            case "huyen" -> "Huyện " + unit.name();
            case "thanh_pho" -> "TP. " + unit.name();
            default -> "Thị xã " + unit.name();
        };
    }

    private static String word(String unitType) {
        return switch (unitType) {
            case "huyen" -> "huyện";
            case "thanh_pho" -> "Thành phố";
            default -> "thị xã";
        };
    }
}
