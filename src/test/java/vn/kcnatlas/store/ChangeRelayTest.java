package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.kcnatlas.KcnAtlasApplication;
import vn.kcnatlas.io.ImportOptions;
import vn.kcnatlas.io.ImportProgress;
import vn.kcnatlas.io.ImportReport;
import vn.kcnatlas.io.Importer;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * A change made by another process on the embedded store — the command-line importer while the server
 * runs — reaches the server's render cache: the touched tile is drawn afresh, within about a second.
 */
class ChangeRelayTest {

    private static final String XEO_RO = "/tiles/zones/12/3243/1935.png";

    @Test
    void aTileChangesWhenAnotherProcessImportsIntoTheSameStore() {
        Path store = TempStore.newDirectory();
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(KcnAtlasApplication.class)
                .run("--spring.datasource.url=" + TempStore.h2Url(store), "--server.port=0")) {
            Http http = new Http(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
            String before = http.get(XEO_RO).etag();
            assertThat(http.get(XEO_RO).etag()).as("cached").isEqualTo(before);

            try (ConfigurableApplicationContext importer = new SpringApplicationBuilder(KcnAtlasApplication.class)
                    .web(WebApplicationType.NONE).run("--spring.datasource.url=" + TempStore.h2Url(store))) {
                ImportReport report = importer.getBean(Importer.class).importGeoJson("zones",
                        new ByteArrayInputStream(movedXeoRo().getBytes(StandardCharsets.UTF_8)), "moved.geojson",
                        new ImportOptions(false, false, null, "other-process", false), ImportProgress.NONE);
                assertThat(report.errors()).isEmpty();
            }

            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(http.get(XEO_RO).etag()).isNotEqualTo(before));
        }
    }

    private static String movedXeoRo() {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"kcn-xeo-ro\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[105.066,9.845],[105.078,9.845],"
                + "[105.078,9.857],[105.066,9.857],[105.066,9.845]]]},\"properties\":{\"name\":\"Xẻo Rô\","
                + "\"kind\":\"KCN\",\"province\":\"Kiên Giang\",\"district\":\"H. An Biên\","
                + "\"lifecycle\":\"planned\",\"clearanceStatus\":\"not_started\","
                + "\"investmentStatus\":\"seeking_infrastructure_investor\",\"boundaryQuality\":\"digitized\","
                + "\"areaHa\":210.54}}]}";
    }
}
