package vn.kcnatlas.webmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port, seeded into a store of its own, with the base map off as on a machine
 * without internet. The web map tests share this one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "kcn.web.basemap-url=")
abstract class WebMapAppTest {

    /** A fresh H2GIS file under target/, so that `mvn clean` takes it away. */
    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "webmap-test-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.toAbsolutePath() + "/kcnatlas;AUTO_SERVER=TRUE");
    }
}
