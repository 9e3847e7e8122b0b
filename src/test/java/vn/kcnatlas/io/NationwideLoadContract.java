package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nationwide synthetic dataset loads through the importer, in the order bench/nationwide/load uses, with
 * the expected counts; and the importer's additions for it (districts --add-units, sources, reports) refuse
 * what they cannot take, naming the row and why. Each store runs it.
 */
abstract class NationwideLoadContract {

    private static final ImportOptions WRITE = new ImportOptions(false, false, null, "test", false);
    private static final ImportOptions ADD_UNITS = new ImportOptions(false, false, null, "test", false, true);

    @Autowired
    Importer importer;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void loadsTheGeneratedDatasetWithTheExpectedCounts() throws Exception {
        Path dir = NationwideFiles.generated();

        ImportReport districts = imported("districts", dir.resolve("districts.geojson"), ADD_UNITS);
        imported("sources", dir.resolve("sources.csv"), WRITE);
        ImportReport zones = imported("zones", dir.resolve("zones.geojson"), WRITE);
        ImportReport second = imported("zones", dir.resolve("zones-v2.geojson"), WRITE);
        ImportReport third = imported("zones", dir.resolve("zones-v3.geojson"), WRITE);
        int lots = 0;
        for (Path file : NationwideFiles.files(dir, "lots-*.geojson")) {
            lots += imported("lots", file, WRITE).created();
        }
        ImportReport reports = imported("reports", dir.resolve("reports.csv"), WRITE);

        assertThat(districts.created()).isEqualTo(districts.read()).isGreaterThan(500);
        assertThat(count("SELECT COUNT(*) FROM province WHERE code LIKE 'gia-lap-%' AND boundary IS NOT NULL"))
                .isGreaterThan(60);
        assertThat(zones.created()).isEqualTo(NationwideFiles.ZONES);
        assertThat(second.updated()).isEqualTo(second.read()).isPositive();
        assertThat(third.updated()).isEqualTo(third.read()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM zone WHERE code LIKE '%-gl-%'")).isEqualTo(NationwideFiles.ZONES);
        assertThat(count("SELECT COUNT(*) FROM zone_history WHERE zone_code LIKE '%-gl-%' AND action = 'import'"))
                .isEqualTo(NationwideFiles.ZONES + second.read() + third.read());
        assertThat(lots).isEqualTo(NationwideFiles.LOTS);
        assertThat(count("SELECT COUNT(*) FROM lot WHERE zone_code LIKE '%-gl-%'")).isEqualTo(NationwideFiles.LOTS);
        long rows = Files.readAllLines(dir.resolve("reports.csv")).size() - 1;
        assertThat((long) reports.created()).isEqualTo(rows).isPositive();
        assertThat(count("SELECT COUNT(*) FROM zone_report WHERE source_id = 'synthetic-nationwide'"))
                .isEqualTo(rows);
        assertThat(count("SELECT COUNT(*) FROM zone_report WHERE source_id = 'synthetic-nationwide'"
                + " AND (occupancy_pct > 100 OR leased_ha > (SELECT leasable_ha FROM zone WHERE code = zone_code))"))
                .isZero();
    }

    @Test
    void addsTheDistrictsAFileNamesAndSaysWhichItCannot() throws IOException {
        String file = """
                {"type":"FeatureCollection","features":[
                 %s, %s, %s, %s]}""".formatted(
                district("Thử Nghiệm", "Hòa Bình Mới", "huyện", 116.00),
                district("Tỉnh Thử Nghiệm", "TP Thử Nghiệm", null, 116.10),
                district("Thử Nghiệm", "Không Loại", null, 116.20),
                district("Thử Nghiệm", "Hòa Bình Mới", "huyện", 116.30));

        ImportReport refused = importer.importFile("districts", write("units.geojson", file), ADD_UNITS,
                ImportProgress.NONE);

        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).extracting(FeatureProblem::describe).containsExactly(
                "feature 3 ('Không Loại'): gives no unit type (huyện, thành phố, thị xã, quận; in the name or a"
                        + " unit_type field), so 'Không Loại' cannot be added",
                "feature 4 ('Hòa Bình Mới'): H. Hòa Bình Mới cannot be added: the code"
                        + " 'thu-nghiem.huyen-hoa-binh-moi' is already in the registry or earlier in the file");
        assertThat(count("SELECT COUNT(*) FROM province WHERE code = 'thu-nghiem'")).isZero();

        ImportReport added = importer.importFile("districts", write("units.geojson", """
                {"type":"FeatureCollection","features":[%s, %s]}""".formatted(
                district("Thử Nghiệm", "Hòa Bình Mới", "huyện", 116.00),
                district("Tỉnh Thử Nghiệm", "TP Thử Nghiệm", null, 116.10))), ADD_UNITS, ImportProgress.NONE);

        assertThat(added.errors()).isEmpty();
        assertThat(added.created()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT code || ' ' || name || ' ' || unit_type FROM district WHERE province_code ="
                + " 'thu-nghiem' ORDER BY code").query(String.class).list()).containsExactly(
                "thu-nghiem.huyen-hoa-binh-moi Hòa Bình Mới huyen", "thu-nghiem.tp-thu-nghiem Thử Nghiệm thanh_pho");
        assertThat(jdbc.sql("SELECT name FROM province WHERE code = 'thu-nghiem' AND boundary IS NOT NULL")
                .query(String.class).single()).isEqualTo("Thử Nghiệm");
    }

    @Test
    void addsSourcesAndRefusesToRewriteOne() throws IOException {
        String header = "id,title,issuer,issued,kind,url\n";
        assertThat(importer.importFile("sources", write("sources.csv", header
                + "thu-nguon,Nguồn thử,Sở Thử,2024,press,\n"), WRITE, ImportProgress.NONE).created()).isOne();

        ImportReport refused = importer.importFile("sources", write("sources.csv", header
                + "thu-nguon,Nguồn khác,Sở Thử,2024,press,\nthu-hai,Hai,,,leaflet,\n"), WRITE, ImportProgress.NONE);

        assertThat(refused.errors()).extracting(FeatureProblem::describe).satisfiesExactly(
                first -> assertThat(first).startsWith("feature 1: source 'thu-nguon' is stored with other details")
                        .endsWith("the importer adds sources and does not change them"),
                second -> assertThat(second).isEqualTo(
                        "feature 2: kind 'leaflet' is not one of [official, other, plan, press, survey]"));
        assertThat(importer.importFile("sources", write("wrong.csv", "id,title\nx,y\n"), WRITE, ImportProgress.NONE)
                .errors()).singleElement().extracting(FeatureProblem::describe).asString()
                .contains("has the columns [id, title]; a table of this kind has [id, title, issuer, issued, kind, url]");
    }

    @Test
    void refusesReportsItCannotCheckNamingTheRowAndWhy() throws IOException {
        String header = String.join(",", ReportImport.COLUMNS) + "\n";
        ImportReport refused = importer.importFile("reports", write("reports.csv", header
                + "kcn-khong-co,2024-12-31,,,,,,,,\n"
                + "kcn-tan-kieu,2024-12-31,,,,,,,,\n"
                + "kcn-tan-kieu,2024-12-31,,,,,,,,\n"
                + "kcn-tan-kieu,2023-12-31,,12,,,,,,\n"
                + "kcn-tan-kieu,2022-12-31,,,140,,,,,\n"
                + "kcn-tan-kieu,2099-12-31,,,,,,,,nguon-khong-co\n"
                + "kcn-tan-kieu,31/12/2021,,,,,,,,\n"), WRITE, ImportProgress.NONE);

        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).extracting(FeatureProblem::describe).satisfiesExactly(
                e -> assertThat(e).isEqualTo("feature 1: zone 'kcn-khong-co' does not exist"),
                e -> assertThat(e).isEqualTo("feature 3: zone kcn-tan-kieu has a report for 2024-12-31 already,"
                        + " stored or earlier in the file"),
                e -> assertThat(e).startsWith("feature 4: The report of 31/12/2023 for zone kcn-tan-kieu was not stored:"
                        + " zone kcn-tan-kieu has no leasable area on record"),
                e -> assertThat(e).startsWith("feature 5: ").contains("occupancyPct 140.0 is not a rate from 0 to 100"),
                e -> assertThat(e).startsWith("feature 6: ").contains("has not passed yet")
                        .contains("there is no source document 'nguon-khong-co'"),
                e -> assertThat(e).isEqualTo("feature 7: as_of '31/12/2021' is not a date such as 2024-12-31"));
        assertThat(count("SELECT COUNT(*) FROM zone_report WHERE zone_code = 'kcn-tan-kieu'")).isZero();

        ImportReport imported = importer.importFile("reports", write("reports.csv", header
                + "kcn-tan-kieu,2024-12-31,10,,,3,,operating,Báo cáo thử,\n"
                + "kcn-tan-kieu,2025-12-31,,,55,,,,,\n"), WRITE, ImportProgress.NONE);

        assertThat(imported.errors()).isEmpty();
        assertThat(imported.created()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT as_of, cleared_ha, occupancy_pct FROM zone_report WHERE zone_code = 'kcn-tan-kieu'"
                + " ORDER BY as_of").query((rs, row) -> rs.getDate(1) + " " + rs.getObject(2) + " " + rs.getObject(3))
                .list()).containsExactly("2024-12-31 10.0 null", "2025-12-31 null 55.0");
    }

    private ImportReport imported(String kind, Path file, ImportOptions options) {
        ImportReport report = importer.importFile(kind, file, options, ImportProgress.NONE);
        assertThat(report.errors()).as(file.getFileName().toString()).isEmpty();
        assertThat(report.applied()).as(file.getFileName().toString()).isTrue();
        return report;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A square district, 0.1° wide, at the longitude given, at sea far from the seed's and the generator's. */
    private static String district(String province, String name, String unitType, double lon) {
        return """
                {"type":"Feature","properties":{"province":"%s","name":"%s"%s},"geometry":{"type":"Polygon",
                 "coordinates":[[[%s,7.0],[%s,7.0],[%s,7.1],[%s,7.1],[%s,7.0]]]}}""".formatted(province, name,
                unitType == null ? "" : ",\"unit_type\":\"" + unitType + "\"", lon, lon + 0.1, lon + 0.1, lon, lon);
    }
}
