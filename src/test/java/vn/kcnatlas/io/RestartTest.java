package vn.kcnatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.zone.ZoneRepository;

/** The embedded store is a real file: what one run of the server writes, the next run still has. */
class RestartTest {

    @Test
    void aRestartKeepsEveryChangeAndDoesNotSeedTwice() {
        Path directory = TempStore.newDirectory();

        try (ConfigurableApplicationContext first = start(directory)) {
            assertThat(first.getBean(ZoneRepository.class).count()).isEqualTo(21);
            ImportReport report = first.getBean(Importer.class).importGeoJson("zones",
                    new ByteArrayInputStream(ImportTest.featureCollection(ImportTest.zoneFeature("kcn-ben-vung",
                            "Bền Vững", "H. Tháp Mười", "null")).getBytes(StandardCharsets.UTF_8)),
                    "restart.geojson", new ImportOptions(false, false, null, "test", false), ImportProgress.NONE);
            assertThat(report.errors()).isEmpty();
        }

        try (ConfigurableApplicationContext second = start(directory)) {
            ZoneRepository zones = second.getBean(ZoneRepository.class);
            assertThat(zones.count()).isEqualTo(22);
            assertThat(zones.findByCode("kcn-ben-vung").orElseThrow().zone().name()).isEqualTo("Bền Vững");
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM seed_run WHERE name = 'geodata'").query(Integer.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_history WHERE action = 'seed'").query(Integer.class).single())
                    .isEqualTo(21);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        // A command-line argument, because application.yml outranks default properties.
        return new SpringApplicationBuilder(KcnAtlasApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + TempStore.h2Url(directory));
    }
}
