package vn.kcnatlas.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.TempStore;

/**
 * The server under overload, over HTTP: with one place and no queue, a request that holds the place makes
 * the next ones 503 with Retry-After and a problem document at once, while cached tiles and the health
 * check still answer; once it is done, the server answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kcn.admission.max-concurrent=1", "kcn.admission.max-queued=0", "kcn.admission.retry-after=2s"})
@Import(AdmissionOverloadTest.Hold.class)
class AdmissionOverloadTest {

    private static final String HOLD_HEADER = "X-Test-Hold";
    private static final String CACHED_TILE = "/tiles/zones/12/3251/1927.png";
    private static final String UNCACHED_TILE = "/tiles/zones/13/6503/3855.png";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TempStore.h2Url(TempStore.newDirectory()));
    }

    @LocalServerPort
    int port;

    @Autowired
    Hold hold;

    @Autowired
    Admission admission;

    @Test
    void overloadIsAnswered503WithRetryAfterAtOnce() throws Exception {
        Http http = new Http(port);
        assertThat(http.get(CACHED_TILE).status()).isEqualTo(200);

        CompletableFuture<Http.Response> holding = CompletableFuture.supplyAsync(
                () -> http.get("/api/zones", Map.of(HOLD_HEADER, "yes")));
        assertThat(hold.entered.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            long started = System.nanoTime();
            Http.Response refused = http.get("/api/zones?kind=KCN");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("title").asString()).isEqualTo("Server busy");
            assertThat(refused.json().path("detail").asString()).contains("1 at once", "try again shortly");
            assertThat(refused.json().path("instance").asString()).isEqualTo("/api/zones");

            Http.Response drawing = http.get(UNCACHED_TILE);
            assertThat(drawing.status()).isEqualTo(503);
            assertThat(drawing.header("Retry-After")).isEqualTo("2");
            assertThat(drawing.contentType()).startsWith("application/problem+json");
            assertThat(http.get(CACHED_TILE).status()).isEqualTo(200);
            assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        } finally {
            hold.release.countDown();
        }

        assertThat(holding.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        awaitThePlaceGivenBack();
        assertThat(http.get("/api/zones?kind=KCN").status()).isEqualTo(200);
        awaitThePlaceGivenBack();
        assertThat(http.get(UNCACHED_TILE).status()).isEqualTo(200);
    }

    /** The client can read a whole answer a moment before the filter, unwinding, gives its place back. */
    private void awaitThePlaceGivenBack() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.free() == 1);
    }

    /** Holds a request that carries {@value #HOLD_HEADER} inside its place until the test releases it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Hold {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Bean
        FilterRegistrationBean<Filter> holdFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                if (((jakarta.servlet.http.HttpServletRequest) request).getHeader(HOLD_HEADER) != null) {
                    entered.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
            return registration;
        }
    }
}
