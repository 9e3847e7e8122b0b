package vn.kcnatlas.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.web.ServerBusyException;

class AdmissionTest {

    private static Admission admission(int places, int queue, Duration wait) {
        return new Admission(new AdmissionProperties(places, queue, wait, Duration.ofSeconds(1)), 10);
    }

    @Test
    void beyondItsPlacesAndAFullQueueARequestIsRefusedAtOnce() {
        Admission admission = admission(1, 0, Duration.ofSeconds(30));
        try (Admission.Permit held = admission.enter()) {
            long started = System.nanoTime();
            assertThatThrownBy(admission::enter).isInstanceOfSatisfying(ServerBusyException.class, busy -> {
                assertThat(busy.retryAfterSeconds()).isEqualTo("1");
                assertThat(busy.getMessage()).contains("1 at once", "all 0 places in its queue are taken");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }
        admission.enter().close();
    }

    @Test
    void aQueuedRequestEntersWhenAPlaceComesFree() throws Exception {
        Admission admission = admission(1, 1, Duration.ofSeconds(30));
        Admission.Permit held = admission.enter();
        CompletableFuture<Admission.Permit> queued = CompletableFuture.supplyAsync(admission::enter);
        while (admission.queued() == 0) {
            Thread.onSpinWait();
        }

        assertThatThrownBy(admission::enter).isInstanceOf(ServerBusyException.class);
        held.close();

        queued.get(5, TimeUnit.SECONDS).close();
    }

    @Test
    void aQueuedRequestIsRefusedWhenItsWaitRunsOut() {
        Admission admission = admission(1, 5, Duration.ofMillis(100));
        try (Admission.Permit held = admission.enter()) {
            long started = System.nanoTime();
            assertThatThrownBy(admission::enter).isInstanceOf(ServerBusyException.class)
                    .hasMessageContaining("waited 100 ms in its queue");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(100),
                    Duration.ofSeconds(2));
        }
    }

    @Test
    void aPermitClosedTwiceGivesItsPlaceBackOnce() {
        Admission admission = admission(1, 0, Duration.ZERO);
        Admission.Permit permit = admission.enter();
        permit.close();
        permit.close();

        try (Admission.Permit again = admission.enter()) {
            assertThatThrownBy(admission::enter).isInstanceOf(ServerBusyException.class);
        }
    }

    @Test
    void withoutAConfiguredNumberItAdmitsFourRequestsPerProcessorAtMostOnePerConnection() {
        AdmissionProperties derived = new AdmissionProperties(0, 0, Duration.ZERO, Duration.ZERO);
        assertThat(derived.concurrency(1000)).isEqualTo(4 * Runtime.getRuntime().availableProcessors());
        assertThat(derived.concurrency(1)).isEqualTo(1);
        assertThat(new AdmissionProperties(3, 0, Duration.ZERO, Duration.ZERO).concurrency(1)).isEqualTo(3);
        assertThatThrownBy(() -> new AdmissionProperties(-1, 0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kcn.admission");
    }
}
