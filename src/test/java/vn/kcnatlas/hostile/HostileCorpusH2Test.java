package vn.kcnatlas.hostile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.TempStore;

/** The hostile corpus on the embedded H2GIS store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
class HostileCorpusH2Test extends HostileCorpusContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }
}
