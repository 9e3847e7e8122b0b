package vn.kcnatlas.map.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RenderBudgetTest {

    private static final Duration SHORT = Duration.ofMillis(50);

    @Test
    void leasesMapsWithinTheBudgetAtOnce() {
        RenderBudget budget = new RenderBudget(100, SHORT);

        try (RenderBudget.Lease first = budget.lease(5, 10); RenderBudget.Lease second = budget.lease(10, 5)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }

    @Test
    void aMapBeyondTheBudgetWaitsUntilAnotherGivesItsPixelsBack() throws Exception {
        RenderBudget budget = new RenderBudget(100, Duration.ofSeconds(30));
        RenderBudget.Lease held = budget.lease(10, 10);

        CompletableFuture<RenderBudget.Lease> waiting = CompletableFuture.supplyAsync(() -> budget.lease(5, 5));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();

        held.close();
        waiting.get(10, TimeUnit.SECONDS).close();
    }

    @Test
    void refusesAsBusyWhenNoRoomComesWithinTheWait() {
        RenderBudget budget = new RenderBudget(100, SHORT);

        try (RenderBudget.Lease held = budget.lease(10, 10)) {
            assertThatThrownBy(() -> budget.lease(1, 1)).isInstanceOf(RenderBusyException.class)
                    .hasMessageContaining("waited 50 ms").hasMessageContaining("smaller image");
        }
        budget.lease(1, 1).close();
    }

    @Test
    void drawsAMapLargerThanTheWholeBudgetAlone() {
        RenderBudget budget = new RenderBudget(100, SHORT);

        try (RenderBudget.Lease large = budget.lease(4096, 4096)) {
            assertThatThrownBy(() -> budget.lease(1, 1)).isInstanceOf(RenderBusyException.class);
        }
        budget.lease(10, 10).close();
    }

    @Test
    void givesPixelsBackOnceHoweverOftenALeaseIsClosed() {
        RenderBudget budget = new RenderBudget(100, SHORT);
        RenderBudget.Lease lease = budget.lease(10, 10);
        lease.close();
        lease.close();

        try (RenderBudget.Lease all = budget.lease(10, 10)) {
            assertThatThrownBy(() -> budget.lease(1, 1)).isInstanceOf(RenderBusyException.class);
        }
    }

    @Test
    void tellsBusyClientsToComeBackWithinTenSeconds() {
        RenderBudget budget = new RenderBudget(1, Duration.ofMinutes(1));
        RenderBusyException busy = new RenderBusyException(Duration.ofMinutes(1));

        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(new RenderBusyException(SHORT).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(budget.capacity()).isOne();
    }

    @Test
    void takesAQuarterOfTheHeapWhenNoBudgetIsConfigured() {
        RenderBudget budget = new RenderBudget(new RenderBudgetProperties(0, SHORT));

        long expected = Runtime.getRuntime().maxMemory() / 4 / RenderBudget.BYTES_PER_PIXEL;
        assertThat(budget.capacity()).isEqualTo((int) Math.min(expected, Integer.MAX_VALUE));
        assertThat(new RenderBudget(new RenderBudgetProperties(1234, SHORT)).capacity()).isEqualTo(1234);
    }
}
