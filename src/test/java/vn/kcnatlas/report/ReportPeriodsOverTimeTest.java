package vn.kcnatlas.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.bytes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Accounts;
import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.MovableClock;
import vn.kcnatlas.support.MovableClockConfiguration;
import vn.kcnatlas.support.TempStore;
import vn.kcnatlas.support.WriteApiTest;
import vn.kcnatlas.time.VietnamDays;

/**
 * A period can be reported once it has ended in Việt Nam, and a date can be asked for once it has come:
 * the application's clock is moved past the end of the quarter under way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {Accounts.ADMIN_USER_PROPERTY, Accounts.ADMIN_PASSWORD_PROPERTY})
@Import(MovableClockConfiguration.class)
class ReportPeriodsOverTimeTest extends WriteApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @Autowired
    MovableClock clock;

    @Test
    void theQuarterUnderWayIsReportedOnceItHasEndedInVietnam() {
        LocalDate today = VietnamDays.today(clock);
        ReportPeriod underWay = ReportPeriod.parse(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1))
                .orElseThrow();
        String body = "{\"period\": \"" + underWay.code() + "\", \"tenants\": 5}";
        String tomorrow = today.plusDays(1).toString();

        Http.Response early = enter(body);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("errors").get(0).path("message").asString()).contains("has not ended yet");
        assertThat(http().get("/api/stats/occupancy?asOf=" + tomorrow).status()).isEqualTo(400);

        // To 00:30 in Hà Nội on the day after the quarter's last day, which is still the last day in UTC.
        Instant justAfter = VietnamDays.endOf(underWay.end()).plus(Duration.ofMinutes(30));
        clock.advance(Duration.between(clock.instant(), justAfter));

        assertThat(enter(body).status()).isEqualTo(201);
        assertThat(http().get("/api/stats/occupancy?asOf=" + tomorrow).status()).isEqualTo(200);
        Http.Response late = http().get("/api/reports/late");
        assertThat(late.json().path("period").asString()).isEqualTo(underWay.code());
        assertThat(late.json().path("zones").findValues("code").stream().map(c -> c.asString()))
                .contains("kcn-sa-dec").doesNotContain("kcn-song-hau");
    }

    private Http.Response enter(String body) {
        Map<String, String> headers = new HashMap<>(Accounts.official());
        headers.put("Content-Type", "application/json");
        return http().send("POST", "/api/zones/kcn-song-hau/reports", headers, bytes(body));
    }
}
