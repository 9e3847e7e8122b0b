package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.district.AdminUnitRepository;
import vn.kcnatlas.district.District;
import vn.kcnatlas.support.DistrictFixtures;
import vn.kcnatlas.support.SharedGeodata;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.zone.ZoneRepository;

/**
 * The importer end to end on the embedded store: district boundaries from GeoJSON and GeoPackage, zones
 * and lots from GeoJSON, all or nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportTest {

    private static final ImportOptions WRITE = new ImportOptions(false, false, null, "test", false);
    private static final ImportOptions DRY = new ImportOptions(true, false, null, "test", false);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Autowired
    Importer importer;
    @Autowired
    ZoneRepository zones;
    @Autowired
    AdminUnitRepository adminUnits;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void attachesDistrictBoundariesFromGeoJsonWhateverWayTheNamesAreWritten() {
        ImportReport report = importGeoJson("districts", DistrictFixtures.geoJson(), WRITE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(report.read()).isEqualTo(27);
        assertThat(adminUnits.districts()).allSatisfy(d -> {
            assertThat(d.boundary()).as(d.code()).isNotNull();
            assertThat(d.boundary().contains(d.labelPoint())).as(d.code()).isTrue();
        });
        assertThat(adminUnits.provinces()).allSatisfy(p -> assertThat(p.boundary()).as(p.code()).isNotNull());
    }

    @Test
    void attachesDistrictBoundariesFromAGeoPackageInAProjectedCrs() {
        Path gpkg = DistrictFixtures.geoPackage(temp);

        ImportReport report = importer.importFile("districts", gpkg, WRITE, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.read()).isEqualTo(27);
        District tanHong = adminUnits.district("dong-thap.huyen-tan-hong").orElseThrow();
        DistrictFixtures.Unit expected = DistrictFixtures.units().stream()
                .filter(u -> u.code().equals("dong-thap.huyen-tan-hong")).findFirst().orElseThrow();
        assertThat(tanHong.boundary().getCentroid().getX()).isCloseTo(expected.lon(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(tanHong.boundary().getCentroid().getY()).isCloseTo(expected.lat(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void attachesTheRealBoundariesOfAllTwentySevenDistricts() {
        Path shared = SharedGeodata.file("districts-dongthap-kiengiang.geojson");

        ImportReport report = importer.importFile("districts", shared, WRITE, ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.read()).isEqualTo(27);
        assertThat(adminUnits.districts()).allSatisfy(d -> assertThat(d.boundary()).as(d.code()).isNotNull());
    }

    @Test
    void refusesAnUnknownDistrictUnlessToldToSkipIt() {
        String file = featureCollection(districtFeature("Huyện Atlantis", "Đồng Tháp", 105.6, 10.5),
                districtFeature("Huyện Tháp Mười", "Đồng Tháp", 105.85, 10.55));

        ImportReport refused = importGeoJson("districts", file, WRITE);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.message()).contains("Atlantis");
        });

        ImportReport skipped = importGeoJson("districts", file, new ImportOptions(false, true, null, "test", false));
        assertThat(skipped.applied()).isTrue();
        assertThat(skipped.warnings()).anySatisfy(w -> assertThat(w.message()).contains("Atlantis"));
    }

    @Test
    void aFileWithOneBadZoneAmongGoodOnesChangesNothingAndNamesTheBadOne() {
        int before = zones.count();
        String file = featureCollection(
                zoneFeature("kcn-moi-mot", "Mới Một", "H. Cao Lãnh", square(105.630, 10.570)),
                zoneFeature("kcn-moi-hai", "Mới Hai", "H. Cao Lãnh", BOW_TIE),
                zoneFeature("kcn-moi-ba", "Mới Ba", "H. Cao Lãnh", square(105.640, 10.570)));

        ImportReport report = importGeoJson("zones", file, WRITE);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.id()).isEqualTo("kcn-moi-hai");
            assertThat(e.name()).isEqualTo("Mới Hai");
            assertThat(e.message()).contains("self-intersection");
        });
        assertThat(zones.count()).isEqualTo(before);
        assertThat(zones.exists("kcn-moi-mot")).isFalse();
    }

    @Test
    void refusesAZoneOverlappingAnotherOfTheFileNamingIt() {
        ImportReport report = importGeoJson("zones", featureCollection(
                zoneFeature("kcn-chong-mot", "Chồng Một", "H. Cao Lãnh", square(105.650, 10.570)),
                zoneFeature("kcn-chong-hai", "Chồng Hai", "H. Cao Lãnh", square(105.652, 10.572))), WRITE);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.message()).startsWith("the boundary overlaps zone 'kcn-chong-mot' (Chồng Một) by 4.8")
                    .contains(" ha around [105.653, 10.573]");
        });
    }

    @Test
    void refusesAnUnknownDistrictOrProvinceForAZone() {
        ImportReport report = importGeoJson("zones", featureCollection(
                zoneFeature("kcn-lac-mot", "Lạc Một", "H. Atlantis", square(105.60, 10.60)),
                zoneFeature("kcn-lac-hai", "Lạc Hai", "Cao Lãnh", square(105.61, 10.61))), WRITE);

        assertThat(report.errors()).extracting(FeatureProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("no district named 'H. Atlantis'"),
                m -> assertThat(m).contains("ambiguous").contains("H. Cao Lãnh").contains("TP Cao Lãnh"));
    }

    @Test
    void refusesFilesInTheWrongCrsOrNotJsonAtAll() {
        // Coordinates in metres (UTM) with no crs member: taken as longitude/latitude they are nowhere near Vietnam.
        ImportReport metres = importGeoJson("zones", featureCollection(zoneFeature("kcn-met", "Mét", "H. Cao Lãnh",
                "{\"type\":\"Polygon\",\"coordinates\":[[[589000,1162000],[590000,1162000],[590000,1163000],"
                        + "[589000,1162000]]]}")), WRITE);
        assertThat(metres.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("outside Vietnam").contains("CRS"));

        String unknownCrs = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:LOCAL::site-grid\"}},\"features\":[]}";
        assertThat(importGeoJson("zones", unknownCrs, WRITE).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("Unknown CRS"));

        ImportReport broken = importGeoJson("zones", "{\"type\": \"FeatureCollection\", \"features\": [ {]", WRITE);
        assertThat(broken.applied()).isFalse();
        assertThat(broken.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("not valid JSON").contains("line 1"));

        assertThat(importGeoJson("zones", "{\"type\":\"Point\",\"coordinates\":[105,10]}", WRITE).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("expected a FeatureCollection"));
    }

    @Test
    void honoursALegacyCrsMemberByReprojecting() {
        // EPSG:3857 coordinates of a small square near 105.67 E, 10.58 N.
        String file = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[" + zoneFeature("kcn-mercator", "Mercator",
                "H. Cao Lãnh", "{\"type\":\"Polygon\",\"coordinates\":[[[11763000,1184000],[11764000,1184000],"
                        + "[11764000,1185000],[11763000,1185000],[11763000,1184000]]]}") + "]}";

        ImportReport report = importGeoJson("zones", file, WRITE);

        assertThat(report.errors()).isEmpty();
        var centroid = zones.findByCode("kcn-mercator").orElseThrow().zone().boundary().getCentroid();
        assertThat(centroid.getX()).isBetween(105.66, 105.68);
        assertThat(centroid.getY()).isBetween(10.57, 10.59);
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        ImportReport report = importGeoJson("zones", featureCollection(
                zoneFeature("kcn-thu-nghiem", "Thử nghiệm", "H. Cao Lãnh", square(105.660, 10.570))), DRY);

        assertThat(report.ok()).isTrue();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.applied()).isFalse();
        assertThat(zones.exists("kcn-thu-nghiem")).isFalse();
    }

    @Test
    void reimportingAZoneUpdatesItAndKeepsTheOldVersionInHistory() {
        importGeoJson("zones", featureCollection(zoneFeature("kcn-hai-lan", "Hai Lần", "H. Cao Lãnh",
                square(105.630, 10.580))), WRITE);
        ImportReport again = importGeoJson("zones", featureCollection(zoneFeature("kcn-hai-lan", "Hai Lần",
                "H. Cao Lãnh", square(105.635, 10.585))), WRITE);
        ImportReport same = importGeoJson("zones", featureCollection(zoneFeature("kcn-hai-lan", "Hai Lần",
                "H. Cao Lãnh", square(105.635, 10.585))), WRITE);

        assertThat(again.updated()).isEqualTo(1);
        assertThat(same.unchanged()).isEqualTo(1);
        assertThat(zones.findByCode("kcn-hai-lan").orElseThrow().zone().revision().version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT action FROM zone_history WHERE zone_code = 'kcn-hai-lan' ORDER BY version")
                .query(String.class).list()).containsExactly("import", "import");
    }

    @Test
    void refusesLotsOutsideTheirZoneOrOverlapping() {
        String lots = featureCollection(
                lotFeature("kcn-tan-kieu/A1", "[[105.8120,10.5130],[105.8135,10.5130],[105.8135,10.5145],[105.8120,10.5145],[105.8120,10.5130]]"),
                lotFeature("kcn-tan-kieu/A2", "[[105.8130,10.5140],[105.8150,10.5140],[105.8150,10.5155],[105.8130,10.5155],[105.8130,10.5140]]"),
                lotFeature("kcn-tan-kieu/A3", "[[105.9000,10.6000],[105.9010,10.6000],[105.9010,10.6010],[105.9000,10.6010],[105.9000,10.6000]]"),
                lotFeature("kcn-atlantis/B1", "[[105.8120,10.5130],[105.8135,10.5130],[105.8135,10.5145],[105.8120,10.5130]]"));

        ImportReport report = importGeoJson("lots", lots, WRITE);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(FeatureProblem::index, FeatureProblem::message).satisfiesExactly(
                e -> assertThat(e.toList()).containsExactly(2, "lot overlaps lot 'A1' of zone 'kcn-tan-kieu' by 0.30 ha"
                        + " around [105.81325, 10.51425]; up to 0.0010 ha (10 m²) is tolerated"),
                e -> assertThat(e.toList()).containsExactly(3, "lot lies partly outside zone 'kcn-tan-kieu': 1.21 ha"
                        + " lies outside (100.0 % of it), e.g. at [105.9, 10.6]; up to 1 m past the edge is tolerated"),
                e -> assertThat(e.toList()).containsExactly(4, "zone 'kcn-atlantis' does not exist"));
    }

    @Test
    void importsLotsThatFit() {
        ImportReport report = importGeoJson("lots", featureCollection(
                lotFeature("kcn-tan-kieu/T1", "[[105.8120,10.5130],[105.8135,10.5130],[105.8135,10.5145],[105.8120,10.5145],[105.8120,10.5130]]")),
                WRITE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        var zone = zones.findByCode("kcn-tan-kieu").orElseThrow();
        assertThat(zone.figures().lots().count()).isEqualTo(1);
        assertThat(zone.figures().lots().availableHa()).isGreaterThan(2.0);
    }

    @Test
    void reportsAnUnreadableFileInsteadOfThrowing() {
        ImportReport report = importer.importFile("zones", temp.resolve("missing.geojson"), WRITE, ImportProgress.NONE);
        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("missing.geojson"));

        ImportReport wrongType = importer.importFile("zones", temp.resolve("zones.shp"), WRITE, ImportProgress.NONE);
        assertThat(wrongType.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains(".gpkg"));
    }

    private ImportReport importGeoJson(String kind, String json, ImportOptions options) {
        return importer.importGeoJson(kind, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test.geojson", options, ImportProgress.NONE);
    }

    private static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[105.61,10.61],[105.62,10.62],"
            + "[105.62,10.61],[105.61,10.62],[105.61,10.61]]]}";

    /**
     * A square of 0.004° at a corner. Zones placed with it stay inside the 6 km fixture square of H. Cao
     * Lãnh (DistrictFixtures) and clear of the seed's zones, so they are inside Đồng Tháp whichever
     * district boundaries another test imported before.
     */
    private static String square(double lon, double lat) {
        double d = 0.004;
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + "," + lat + "],[" + (lon + d) + "," + lat + "],["
                + (lon + d) + "," + (lat + d) + "],[" + lon + "," + (lat + d) + "],[" + lon + "," + lat + "]]]}";
    }

    static String zoneFeature(String code, String name, String district, String geometry) {
        return "{\"type\":\"Feature\",\"id\":\"" + code + "\",\"geometry\":" + geometry + ",\"properties\":{"
                + "\"name\":\"" + name + "\",\"kind\":\"" + code.substring(0, 3).toUpperCase(java.util.Locale.ROOT)
                + "\",\"province\":\"Đồng Tháp\",\"district\":\"" + district + "\",\"lifecycle\":\"planned\","
                + "\"clearanceStatus\":\"not_started\",\"investmentStatus\":\"seeking_infrastructure_investor\","
                + (geometry.equals("null") ? "" : "\"boundaryQuality\":\"digitized\",") + "\"areaHa\":180}}";
    }

    private static String districtFeature(String name, String province, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"district\":\"" + name + "\",\"province\":\"" + province
                + "\"},\"geometry\":" + square(lon, lat) + "}";
    }

    private static String lotFeature(String id, String ring) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"status\":\"available\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    static String featureCollection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", List.of(features)) + "]}";
    }
}
