package vn.kcnatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.GEO_JSON;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.bytes;
import static vn.kcnatlas.support.ZoneFeatures.headers;
import static vn.kcnatlas.support.ZoneFeatures.square;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.io.ImportCommand;
import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.WriteApiTest;
import vn.kcnatlas.text.Coded;
import vn.kcnatlas.zone.Lifecycle;

/**
 * Zones and lots exported over HTTP, as GeoPackage, GeoJSON or CSV, read back through the importer, as
 * {@code scripts/import zones|lots FILE} runs it, into a fresh store of the same kind, field for field; a
 * spoilt CSV sheet is refused row by row; and every bad choice of format or layer is a 400 naming the parameter. The store exported from has been edited first, so the import has work to do.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ExportRoundTripContract extends WriteApiTest {

    /** What each store keeps for itself: its versions and who changed what when. */
    private static final Set<String> STORE_OWN = Set.of("version", "updatedAt", "updatedBy", "editedAt", "editedBy");

    @TempDir
    Path temp;

    @Autowired
    ApplicationContext context;

    /** A fresh, seeded application on a new store of the kind under test, with a web server. */
    protected abstract ConfigurableApplicationContext freshStore(SpringApplicationBuilder application);

    /** Drops what {@link #freshStore} made. */
    protected void dropFreshStore() {
    }

    @Test
    void aGeoPackageOfBothLayersImportsIntoAFreshStoreFieldForField(CapturedOutput output) throws IOException {
        editTheStore();
        Http.Response gpkg = http().get("/api/export?format=gpkg");
        assertThat(gpkg.status()).isEqualTo(200);
        assertThat(gpkg.contentType()).isEqualTo("application/geopackage+sqlite3");
        assertThat(gpkg.header("Content-Disposition")).matches("attachment; filename=\"kcn-atlas-zones-lots-"
                + "\\d{4}-\\d{2}-\\d{2}\\.gpkg\"");
        assertThat(new String(gpkg.body(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        Path file = save("export.gpkg", gpkg);
        Path zonesJson = save("zones.geojson", http().get("/api/export?format=geojson&layer=zones"));
        Path lotsJson = save("lots.geojson", http().get("/api/export?format=geojson&layer=lots"));

        inAFreshStore((other, command) -> {
            assertThat(run(command, "zones", file, "--layer=zones")).isZero();
            assertThat(output.getOut()).contains("IMPORTED: export.gpkg:zones, 22 zones: 1 created, 2 updated, 19 unchanged.");
            assertThat(run(command, "lots", file, "--layer=lots")).isZero();
            assertThat(output.getOut()).containsPattern("IMPORTED: export.gpkg:lots, \\d+ lots: 2 created, 0 updated");

            assertThat(zones(other)).isEqualTo(zones(http()));
            assertThat(lots(other)).isEqualTo(lots(http()));

            // GeoJSON carries coordinates to 7 decimals (a centimetre): a lot drawn finer is rewritten, not lost.
            assertThat(run(command, "zones", zonesJson)).isZero();
            assertThat(run(command, "lots", lotsJson)).isZero();
            assertThat(output.getOut()).contains("IMPORTED: zones.geojson, 22 zones: 0 created")
                    .containsPattern("IMPORTED: lots.geojson, \\d+ lots: 0 created");
            assertThat(zones(other)).isEqualTo(zones(http()));
            assertThat(lots(other)).isEqualTo(lots(http()));
        });
    }

    @Test
    void aCsvSheetOfEachLayerImportsIntoAFreshStoreFieldForField(CapturedOutput output) throws IOException {
        editTheStore();
        Path zonesCsv = save("zones.csv", http().get("/api/export?format=csv&layer=zones"));
        Path lotsCsv = save("lots.csv", http().get("/api/export?format=csv&layer=lots"));

        inAFreshStore((other, command) -> {
            assertThat(run(command, "zones", zonesCsv)).isZero();
            assertThat(output.getOut()).contains("IMPORTED: zones.csv, 22 zones: 1 created, 2 updated, 19 unchanged.");
            assertThat(run(command, "lots", lotsCsv)).isZero();
            assertThat(output.getOut()).containsPattern("IMPORTED: lots.csv, \\d+ lots: 2 created, 0 updated");

            assertThat(zones(other)).isEqualTo(zones(http()));
            assertThat(lots(other)).isEqualTo(lots(http()));
        });
    }

    @Test
    void aMalformedCsvSheetIsRefusedRowByRowAndNothingIsStored(CapturedOutput output) throws IOException {
        List<List<String>> sheet = sheet(http().get("/api/export?format=csv&layer=zones"));
        List<String> header = sheet.get(0);
        sheet.get(1).set(header.indexOf("areaHa"), "nhiều");
        sheet.get(2).set(header.indexOf("WKT"), "POLYGON ((105.6 10.6, 105.7");
        sheet.get(3).remove(sheet.get(3).size() - 1);
        sheet.get(4).set(header.indexOf("sourceIds"), "[\"src-a\"");
        sheet.get(5).set(header.indexOf("hasBoundary"), "có");
        Map<String, JsonNode> before = zones(http());
        ImportCommand command = context.getBean(ImportCommand.class);

        assertThat(run(command, "zones", write("bad-cells.csv", sheet))).isEqualTo(1);
        assertThat(output.getOut())
                .containsPattern("error: feature 1 \\('[^']+'\\): column areaHa: 'nhiều' is not a number")
                .containsPattern("error: feature 2 \\('[^']+'\\): column WKT is not WKT: ")
                .contains("error: feature 3: has " + (header.size() - 1) + " cells where the header has "
                        + header.size() + " columns")
                .containsPattern("error: feature 4 \\('[^']+'\\): column sourceIds: '\\[\"src-a\"' is not JSON")
                .containsPattern("error: feature 5 \\('[^']+'\\): column hasBoundary: 'có' is not true or false")
                .contains("REFUSED: bad-cells.csv holds 5 problem(s); nothing was imported.");

        List<List<String>> unknown = sheet(http().get("/api/export?format=csv&layer=zones"));
        unknown.get(0).set(header.indexOf("developer"), "parcel");
        assertThat(run(command, "zones", write("unknown-column.csv", unknown))).isEqualTo(1);
        assertThat(output.getOut()).contains("error: unknown-column.csv has columns that zones do not have: [parcel]")
                .contains("REFUSED: unknown-column.csv holds 1 problem(s); nothing was imported.");

        assertThat(zones(http())).isEqualTo(before);
    }

    @Test
    void aCsvSheetHoldsEveryZoneWithItsBoundaryAsWkt() {
        Http.Response csv = http().get("/api/export?format=csv&layer=zones");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("kcn-atlas-zones-");
        assertThat(csv.text()).startsWith("\uFEFFWKT,code,name,").contains("MULTIPOLYGON").contains("Thường Phước");
        String everyLifecycle = Coded.allowed(Lifecycle.class).replace(", ", ",");
        assertThat(csv.text().lines().count()).as("a header, then every zone, in the plan or taken out of it")
                .isEqualTo(1 + http().get("/api/zones?lifecycle=" + everyLifecycle).json().path("numberMatched").asInt());
    }

    @Test
    void staffOnlyFieldsGoOnlyIntoAStaffMembersExport() {
        String etag = http().get("/api/zones/kcn-song-hau").etag();
        assertThat(http().send("PATCH", "/api/zones/kcn-song-hau", headers(MERGE_PATCH, etag),
                bytes("{\"properties\":{\"notes\":\"Ghi chú nội bộ\"}}")).status()).isEqualTo(200);

        String anonymous = http().get("/api/export?format=csv").text();
        String staff = http().get("/api/export?format=csv", Accounts.official()).text();

        assertThat(anonymous).doesNotContain("Ghi chú nội bộ").doesNotContain(",notes,");
        assertThat(staff).contains("Ghi chú nội bộ").contains(",notes,");
    }

    @Test
    void aBadFormatOrLayerIsA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"format=shp", "format"}, {"format=gpkg&layer=parcels", "layer"},
                {"layer=districts", "layer"}}) {
            Http.Response response = http().get("/api/export?" + bad[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("parameter").asString()).isEqualTo(bad[1]);
        }
    }

    /**
     * Zones edited, one taken out of the plan, a new zone and two lots in it, so the export differs from the
     * seed; once for every test of the store.
     */
    private void editTheStore() {
        if (http().get("/api/zones/kcn-xuat-nhap").status() == 200) {
            return;
        }
        String removed = http().get("/api/zones/kcn-thanh-loc").etag();
        assertThat(http().send("PATCH", "/api/zones/kcn-thanh-loc", headers(MERGE_PATCH, removed),
                bytes("{\"comment\":\"Rút khỏi quy hoạch\",\"properties\":{\"lifecycle\":\"removed_from_plan\"}}")).status()).isEqualTo(200);
        String tanKieu = http().get("/api/zones/kcn-tan-kieu").etag();
        assertThat(http().send("PATCH", "/api/zones/kcn-tan-kieu", headers(MERGE_PATCH, tanKieu),
                bytes("{\"properties\":{\"developer\":\"Công ty Thường Phước\",\"rentMinUsdM2\":45.5}}")).status())
                .isEqualTo(200);
        assertThat(http().send("POST", "/api/zones", headers(GEO_JSON, null),
                bytes(zone("kcn-xuat-nhap", "Xuất Nhập", 105.63, 10.63, 0.004))).status()).isEqualTo(201);
        for (String[] lot : new String[][] {{"L01", "105.6305"}, {"L02", "105.6320"}}) {
            assertThat(http().send("POST", "/api/zones/kcn-xuat-nhap/lots", headers(GEO_JSON, null),
                    bytes("{\"type\":\"Feature\",\"geometry\":" + square(Double.parseDouble(lot[1]), 10.6305, 0.001)
                            + ",\"properties\":{\"code\":\"" + lot[0] + "\",\"status\":\"available\","
                            + "\"tenant\":null,\"priceUsdM2\":52}}")).status()).isEqualTo(201);
        }
    }

    /** Runs the checks against a fresh, seeded store of the kind under test, then drops it. */
    private void inAFreshStore(FreshStoreCheck check) throws IOException {
        try (ConfigurableApplicationContext fresh = freshStore(new SpringApplicationBuilder(KcnAtlasApplication.class))) {
            Http other = new Http(Integer.parseInt(fresh.getEnvironment().getProperty("local.server.port")));
            assertThat(zones(other)).as("the fresh store starts from the seed alone").isNotEqualTo(zones(http()));
            assertThat(lots(other)).isNotEqualTo(lots(http()));
            check.run(other, fresh.getBean(ImportCommand.class));
        } finally {
            dropFreshStore();
        }
    }

    private interface FreshStoreCheck {
        void run(Http other, ImportCommand command) throws IOException;
    }

    /** An exported CSV sheet as lines of cells, the byte order mark left out, to be spoilt by a test. */
    private static List<List<String>> sheet(Http.Response csv) throws IOException {
        assertThat(csv.status()).isEqualTo(200);
        List<List<String>> lines = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.text().substring(1)))) {
            lines.add(new ArrayList<>(record.toList()));
        }
        return lines;
    }

    private Path write(String name, List<List<String>> lines) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecords(lines);
        }
        return Files.writeString(temp.resolve(name), text);
    }

    private Path save(String name, Http.Response response) throws IOException {
        assertThat(response.status()).as(name).isEqualTo(200);
        return Files.write(temp.resolve(name), response.body());
    }

    private static int run(ImportCommand command, String kind, Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("import", kind, file.toString()));
        args.addAll(List.of(options));
        command.run(new DefaultApplicationArguments(args.toArray(String[]::new)));
        return command.getExitCode();
    }

    /** Every zone, in the plan or taken out of it, as the public reads it, without what each store keeps for itself. */
    private static Map<String, JsonNode> zones(Http http) {
        Map<String, JsonNode> byCode = new TreeMap<>();
        for (JsonNode feature : http.get("/api/export?format=geojson&layer=zones").json().path("features")) {
            byCode.put(feature.path("id").asString(), withoutStoreOwn(feature));
        }
        return byCode;
    }

    private static Map<String, JsonNode> lots(Http http) {
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode feature : http.get("/api/export?format=geojson&layer=lots").json().path("features")) {
            byId.put(feature.path("id").asString(), withoutStoreOwn(feature));
        }
        return byId;
    }

    private static JsonNode withoutStoreOwn(JsonNode feature) {
        ObjectNode copy = (ObjectNode) feature.deepCopy();
        ((ObjectNode) copy.path("properties")).remove(STORE_OWN);
        return copy;
    }
}
