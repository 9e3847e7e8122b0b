package vn.kcnatlas.store;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which rows of the change log ({@code map_change}) this process has relayed. A row's id is taken in the
 * writing transaction, just before it commits, so rows do not become visible in the order of their ids:
 * a row can appear after one with a higher id, when its transaction committed a moment later. The cursor
 * therefore reads again every id above its floor and skips those it has seen; the floor passes an id only
 * once that id has been seen for {@link #SETTLE}, far longer than any transaction takes from its change
 * log row to its commit.
 */
final class ChangeLogCursor {

    static final Duration SETTLE = Duration.ofMinutes(1);

    private final NavigableMap<Long, Instant> seen = new TreeMap<>();
    private long floor;

    /** @param floor the highest id not to relay: the log's last row when the process starts */
    ChangeLogCursor(long floor) {
        this.floor = floor;
    }

    /** Every row above this id may be new. */
    long floor() {
        return floor;
    }

    /** Whether the row is new to this process; it is noted as seen. */
    boolean firstSight(long id, Instant now) {
        return id > floor && seen.putIfAbsent(id, now) == null;
    }

    /** Raises the floor past the ids seen long enough ago that no row below them can still appear. */
    void settle(Instant now) {
        Instant settled = now.minus(SETTLE);
        while (!seen.isEmpty() && seen.firstEntry().getValue().isBefore(settled)) {
            floor = seen.pollFirstEntry().getKey();
        }
    }
}
