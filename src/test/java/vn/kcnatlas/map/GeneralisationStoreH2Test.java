package vn.kcnatlas.map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.TempStore;

/** The stored bands on the embedded H2GIS store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
class GeneralisationStoreH2Test extends GeneralisationStoreContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }
}
