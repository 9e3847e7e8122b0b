package vn.kcnatlas.export;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.TempStore;

/** Exports from the embedded H2GIS store, read back into a fresh one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
class ExportRoundTripH2Test extends ExportRoundTripContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Override
    protected ConfigurableApplicationContext freshStore(SpringApplicationBuilder application) {
        return application.run("--server.port=0",
                "--spring.datasource.url=" + TempStore.h2Url(TempStore.newDirectory()));
    }
}
