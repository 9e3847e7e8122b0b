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
            // The seed and the demo lot layout (on in tests), each loaded once.
            assertThat(jdbc.sql("SELECT name FROM seed_run WHERE name IN ('geodata', 'demo-lots') ORDER BY name")
                    .query(String.class).list()).containsExactly("demo-lots", "geodata");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM lot").query(Integer.class).single()).isEqualTo(35);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM zone_history WHERE action = 'seed'").query(Integer.class).single())
                    .isEqualTo(21);
        }
    }

    @Test
    void theDemoLotLayoutLoadsOnlyWhenAskedForAndOnlyOnce() {
        Path directory = TempStore.newDirectory();
        try (ConfigurableApplicationContext plain = start(directory, "--kcn.seed.demo-lots=false")) {
            JdbcClient jdbc = plain.getBean(JdbcClient.class);
            assertThat(plain.getBean(ZoneRepository.class).count()).isEqualTo(21);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM lot").query(Integer.class).single()).isZero();
        }
        for (int run = 0; run < 2; run++) {
            try (ConfigurableApplicationContext demo = start(directory, "--kcn.seed.demo-lots=true")) {
                JdbcClient jdbc = demo.getBean(JdbcClient.class);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM lot WHERE illustrative = TRUE").query(Integer.class).single())
                        .isEqualTo(35);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM lot").query(Integer.class).single()).isEqualTo(35);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path directory, String... arguments) {
        // Command-line arguments, because application.yml outranks default properties.
        String[] all = new String[arguments.length + 1];
        all[0] = "--spring.datasource.url=" + TempStore.h2Url(directory);
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new SpringApplicationBuilder(KcnAtlasApplication.class).web(WebApplicationType.NONE).run(all);
    }
}
