package vn.kcnatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Rows of the change log that commit out of the order of their ids are relayed all the same, and once. */
class ChangeLogCursorTest {

    private static final Instant START = Instant.parse("2026-12-07T06:00:00Z");

    @Test
    void aRowThatAppearsAfterOneWithAHigherIdIsStillRelayedOnce() {
        ChangeLogCursor cursor = new ChangeLogCursor(10);

        assertThat(cursor.firstSight(10, START)).as("there when the process started").isFalse();
        assertThat(cursor.firstSight(12, START)).isTrue();
        assertThat(cursor.firstSight(12, START.plusSeconds(1))).as("read again").isFalse();
        cursor.settle(START.plusSeconds(1));
        assertThat(cursor.floor()).as("11 may still commit").isEqualTo(10);

        assertThat(cursor.firstSight(11, START.plusSeconds(2))).as("committed after 12").isTrue();
        assertThat(cursor.firstSight(11, START.plusSeconds(3))).isFalse();
    }

    @Test
    void theFloorPassesAnIdOnlyOnceItHasBeenSeenLongEnough() {
        ChangeLogCursor cursor = new ChangeLogCursor(0);
        cursor.firstSight(1, START);
        cursor.firstSight(3, START.plusSeconds(30));

        cursor.settle(START.plus(ChangeLogCursor.SETTLE).plusSeconds(1));
        assertThat(cursor.floor()).isEqualTo(1);

        cursor.settle(START.plus(ChangeLogCursor.SETTLE).plus(Duration.ofSeconds(31)));
        assertThat(cursor.floor()).as("no row below 3 can appear any more").isEqualTo(3);
        assertThat(cursor.firstSight(2, START.plus(Duration.ofMinutes(2)))).isFalse();
    }
}
