package vn.kcnatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/** The demo profile, as scripts/run starts it: one account per role, and a warning that says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kcn.seed.enabled=false")
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Test
    void eachDemoAccountSignsInWithItsRoleAndTheStartWarnsAboutThem(CapturedOutput output) {
        Http http = new Http(port);
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            JsonNode session = http.get("/api/session", SecurityApiTest.basic(demo.username(), demo.password())).json();
            assertThat(session.path("username").asString()).isEqualTo(demo.username());
            assertThat(session.path("roles").toString()).isEqualTo("[\"" + demo.role() + "\"]");
        }

        JsonNode accounts = http.get("/api/users", SecurityApiTest.basic("admin", "admin-demo")).json();
        assertThat(accounts.findValuesAsString("username")).containsExactly("admin", "official", "planner");
        assertThat(http.get("/api/users", SecurityApiTest.basic("planner", "planner-demo")).status()).isEqualTo(403);
        assertThat(output.getOut()).contains("WARN").contains("DEMO ACCOUNTS").contains("[planner, official, admin]")
                .contains("Never run the demo profile in production").doesNotContain("planner-demo");
    }
}
