package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.DistrictFixtures;
import vn.kcnatlas.support.TempStore;

/** The importer as a user runs it from a terminal: the report, the progress and the exit code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Autowired
    ImportCommand command;

    @TempDir
    Path temp;

    @Test
    void importsAFileAndSaysWhatItDid(CapturedOutput output) throws Exception {
        Path file = temp.resolve("districts.geojson");
        Files.writeString(file, DistrictFixtures.geoJson(), StandardCharsets.UTF_8);

        command.run(new DefaultApplicationArguments("import", "districts", file.toString(), "--dry-run"));
        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("DRY RUN: districts.geojson, 27 districts checked");

        command.run(new DefaultApplicationArguments("import", "districts", file.toString()));
        assertThat(command.getExitCode()).isZero();
        assertThat(output.getOut()).contains("IMPORTED: districts.geojson, 27 districts: 0 created, 27 updated");
        assertThat(output.getErr()).contains("[import] checking 27/27 (100%)").contains("[import] writing 27/27 (100%)");
    }

    @Test
    void refusesABadFileWithExitCodeOne(CapturedOutput output) throws Exception {
        Path file = temp.resolve("zones.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + ImportTest.zoneFeature("kcn-x",
                "X", "H. Nowhere", "null") + "]}", StandardCharsets.UTF_8);

        command.run(new DefaultApplicationArguments("import", "zones", file.toString()));

        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(output.getOut()).contains("error: feature 1 (kcn-x, 'X'): no district named 'H. Nowhere'")
                .contains("REFUSED: zones.geojson holds 1 problem(s); nothing was imported.");
    }

    @Test
    void explainsUsageForAnUnknownKind(CapturedOutput output) throws Exception {
        command.run(new DefaultApplicationArguments("import", "parcels", "x.geojson"));

        assertThat(command.getExitCode()).isEqualTo(2);
        assertThat(output.getErr()).contains("usage: import districts|communes|zones|lots|sources|reports FILE...");
    }
}
