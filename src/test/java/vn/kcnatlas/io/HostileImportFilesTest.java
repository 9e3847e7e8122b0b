package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.DistrictFixtures;
import vn.kcnatlas.support.StoreDump;
import vn.kcnatlas.support.TempStore;

/**
 * The importer given hostile files, as an operator runs it: a truncated GeoPackage, an SQLite file that is
 * no GeoPackage, archives and compressed bombs under a GeoPackage's or GeoJSON's name, binary and deeply
 * nested text. Each is refused with exit code 1 and a report that names the file, no stack trace, and
 * the store is left exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class HostileImportFilesTest {

    private static final int BOMB_BYTES = 50_000_000;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void aTruncatedGeoPackageIsRefused(CapturedOutput output) throws IOException {
        byte[] whole = Files.readAllBytes(DistrictFixtures.geoPackage(temp));
        assertRefused("districts", write("districts.gpkg", Arrays.copyOf(whole, whole.length / 2)), output,
                "is not a readable GeoPackage");
    }

    @Test
    void anSqliteFileThatIsNoGeoPackageIsRefused(CapturedOutput output) throws SQLException {
        Path file = temp.resolve("zones.gpkg");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlite.createStatement().execute("CREATE TABLE zones (code TEXT, name TEXT)");
            sqlite.createStatement().execute("INSERT INTO zones VALUES ('kcn-x', 'X')");
        }
        assertRefused("zones", file, output, "is not a readable GeoPackage");
    }

    @Test
    void aZipBombNamedAsAGeoPackageIsRefused(CapturedOutput output) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zones.gpkg"));
            zip.write(new byte[BOMB_BYTES]);
            zip.closeEntry();
        }
        assertRefused("zones", write("zones.gpkg", bytes.toByteArray()), output, "is not a readable GeoPackage");
    }

    @Test
    void aGzipBombNamedAsGeoJsonIsRefused(CapturedOutput output) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[BOMB_BYTES]);
        }
        assertRefused("zones", write("zones.geojson", bytes.toByteArray()), output, "is not UTF-8 text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zones.geojson", "lots.geojson", "zones.csv", "districts.gpkg", "communes.gpkg"})
    void anEmptyFileIsRefused(String name, CapturedOutput output) throws IOException {
        assertRefused(name.substring(0, name.indexOf('.')), write(name, new byte[0]), output, name);
    }

    @Test
    void anImageNamedAsGeoJsonIsRefused(CapturedOutput output) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused("zones", write("zones.geojson", png), output, "is not UTF-8 text");
    }

    @Test
    void geoJsonWithAnOverlongUtf8FormIsRefused(CapturedOutput output) throws IOException {
        // C0 AF is an overlong "/", which a lenient decoder would let through into a name.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"type\":\"Feature\",\"properties\":{\"name\":\"a".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        bytes.writeBytes("b\"},\"geometry\":null}".getBytes(StandardCharsets.UTF_8));
        assertRefused("zones", write("zones.geojson", bytes.toByteArray()), output, "is not UTF-8 text");
    }

    @Test
    void aCsvSheetThatIsNotUtf8IsRefused(CapturedOutput output) throws IOException {
        byte[] latin1 = "code,name,WKT\nkcn-x,Tân Kiều,POINT (105.8 10.5)\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("zones", write("zones.csv", latin1), output, "is not UTF-8 text");
    }

    @Test
    void geoJsonNestedAHundredThousandDeepIsRefused(CapturedOutput output) throws IOException {
        String nested = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + "[".repeat(100_000) + "]".repeat(100_000)
                + "}}]}";
        assertRefused("zones", write("zones.geojson", nested.getBytes(StandardCharsets.UTF_8)), output,
                "is not valid JSON");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    /** @param says what the refusal must say of the file */
    private void assertRefused(String kind, Path file, CapturedOutput output, String says) {
        Map<String, List<String>> before = dump();

        command.run(new DefaultApplicationArguments("import", kind, file.toString()));

        assertThat(command.getExitCode()).as("exit code").isEqualTo(1);
        assertThat(output.getOut()).contains("error: " + file.getFileName()).contains(says)
                .contains("REFUSED: " + file.getFileName()).contains("nothing was imported");
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dump()).as("the store").isEqualTo(before);
    }

    private Map<String, List<String>> dump() {
        return jdbc.execute((ConnectionCallback<Map<String, List<String>>>) connection -> StoreDump.of(connection,
                Set.of()));
    }
}
