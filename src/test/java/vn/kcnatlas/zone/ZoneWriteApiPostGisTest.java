package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kcnatlas.support.ZoneFeatures.MERGE_PATCH;
import static vn.kcnatlas.support.ZoneFeatures.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.support.Http;
import vn.kcnatlas.support.PostGisApplicationTest;

/**
 * The zone write API on PostGIS, and what only a server database shows: writers at the same time. The
 * zones it writes stay in the database, so its application is closed after it and later tests start
 * from a freshly seeded one.
 */
@PostGisApplicationTest
@DirtiesContext
// Fifty writers at once wait for the server's few places (admission/Admission); on a busy machine some
// waited past the 2 s a request may queue and were answered 503, which is overload, not what this tests.
@TestPropertySource(properties = "kcn.admission.max-wait=60s")
class ZoneWriteApiPostGisTest extends ZoneWriteApiContract {

    private static final int ZONES = 50;

    @Test
    void fiftyConcurrentEditsOfFiftyZonesAllPersist() throws Exception {
        List<String> etags = new ArrayList<>();
        for (int i = 0; i < ZONES; i++) {
            Http.Response created = post(zone(code(i), "Song Song " + i, 105.40 + (i % 10) * 0.01,
                    10.30 + (i / 10) * 0.01, 0.004));
            assertThat(created.status()).isEqualTo(201);
            etags.add(created.etag());
        }

        List<Http.Response> answers = all(ZONES, i -> send("PATCH", "/api/zones/" + code(i), MERGE_PATCH,
                etags.get(i), "{\"properties\":{\"developer\":\"Nhà phát triển " + i + "\"}}"));

        assertThat(answers).extracting(Http.Response::status).containsOnly(200);
        for (int i = 0; i < ZONES; i++) {
            JsonNode properties = http().get("/api/zones/" + code(i)).json().path("properties");
            assertThat(properties.path("version").asInt()).isEqualTo(2);
            assertThat(properties.path("developer").asString()).isEqualTo("Nhà phát triển " + i);
            JsonNode versions = history(code(i));
            assertThat(versions.size()).isEqualTo(2);
            assertThat(versions.get(0).path("changedProperties").toString()).isEqualTo("[\"developer\"]");
        }
    }

    @Test
    void ofTwoWritersAtOnceFromTheSameVersionExactlyOneWins() throws Exception {
        String etag = post(zone("kcn-cung-luc", "Cùng Lúc", 105.50, 10.20, 0.004)).etag();

        List<Http.Response> answers = all(2, i -> send("PATCH", "/api/zones/kcn-cung-luc", MERGE_PATCH, etag,
                "{\"properties\":{\"developer\":\"Người " + i + "\"}}"));

        assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(200, 412);
        Http.Response winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        String developer = winner.json().path("properties").path("developer").asString();
        JsonNode versions = history("kcn-cung-luc");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(http().get("/api/zones/kcn-cung-luc?version=2").json().path("properties").path("developer")
                .asString()).isEqualTo(developer);
    }

    private static String code(int i) {
        return "kcn-song-song-" + i;
    }

    /** Runs {@code count} requests at once, released together, and waits for their answers. */
    private static List<Http.Response> all(int count, java.util.function.IntFunction<Http.Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Http.Response> task = () -> {
                    start.await();
                    return request.apply(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
