package vn.kcnatlas.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PastDaysTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Test
    void aDayIsReadOnceAndKeptUntilForgotten() {
        PastDays<String> days = new PastDays<>(2);
        AtomicInteger reads = new AtomicInteger();

        assertThat(days.get(DAY, () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
        assertThat(days.get(DAY, () -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
        days.forget();
        assertThat(days.get(DAY, () -> "read " + reads.incrementAndGet())).isEqualTo("read 2");
    }

    @Test
    void theDayLeastRecentlyAskedForGoesFirst() {
        PastDays<String> days = new PastDays<>(2);
        days.get(DAY, () -> "a");
        days.get(DAY.plusDays(1), () -> "b");
        days.get(DAY, () -> "a again");
        days.get(DAY.plusDays(2), () -> "c");

        assertThat(days.get(DAY, () -> "a again")).isEqualTo("a");
        assertThat(days.get(DAY.plusDays(1), () -> "b again")).isEqualTo("b again");
    }

    @Test
    void whatWasReadWhileAChangeCameIsAnsweredButNotKept() {
        PastDays<String> days = new PastDays<>(2);

        String answered = days.get(DAY, () -> {
            days.forget();
            return "read before the change";
        });

        assertThat(answered).isEqualTo("read before the change");
        assertThat(days.get(DAY, () -> "read after it")).isEqualTo("read after it");
    }

    @Test
    void requestsAskingAtOnceShareOneRead() throws Exception {
        PastDays<String> days = new PastDays<>(2);
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> days.get(DAY, () -> {
                reading.countDown();
                await(release);
                return "read " + reads.incrementAndGet();
            }));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> days.get(DAY, () -> "read " + reads.incrementAndGet()));
            Future<String> third = pool.submit(() -> days.get(DAY, () -> "read " + reads.incrementAndGet()));
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("read 1");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("read 1");
            assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo("read 1");
            assertThat(reads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
