package vn.kcnatlas.io;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.TempStore;

/** The nationwide synthetic dataset and the importer's additions for it on the embedded H2GIS store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NationwideLoadH2Test extends NationwideLoadContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }
}
