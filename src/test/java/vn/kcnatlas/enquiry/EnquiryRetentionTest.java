package vn.kcnatlas.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.MovableClock;
import vn.kcnatlas.support.MovableClockConfiguration;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.support.WriteApiTest;

/** The server deletes an enquiry once it is older than the retention the consent text states (365 days). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
@Import(MovableClockConfiguration.class)
class EnquiryRetentionTest extends WriteApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Autowired
    MovableClock clock;

    @Autowired
    EnquiryRetention retention;

    @Test
    void anEnquiryPastTheRetentionIsDeletedAndARecentOneKept() {
        String old = send();
        clock.advance(Duration.ofDays(200));
        String recent = send();
        clock.advance(Duration.ofDays(166));

        assertThat(messages()).contains(old, recent);
        assertThat(retention.deleteExpired()).isEqualTo(1);

        assertThat(messages()).doesNotContain(old).contains(recent);
        clock.advance(Duration.ofDays(198));
        assertThat(retention.deleteExpired()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(retention.deleteExpired()).isEqualTo(1);
        assertThat(messages()).doesNotContain(recent);
    }

    private String send() {
        String message = "retention-" + UUID.randomUUID();
        int status = http().send("POST", "/api/zones/kcn-tan-kieu/enquiries", Map.of("Content-Type",
                "application/json"), EnquiryApiContract.enquiry(message, "").getBytes(StandardCharsets.UTF_8)).status();
        assertThat(status).isEqualTo(202);
        return message;
    }

    private List<String> messages() {
        return StreamSupport.stream(http().get("/api/enquiries", Accounts.admin()).json().spliterator(), false)
                .map(e -> e.path("message").asString()).toList();
    }
}
