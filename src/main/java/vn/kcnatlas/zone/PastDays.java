package vn.kcnatlas.zone;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What was read for the few past days asked for lately, kept until {@link #forget}. A day's value is read by
 * one request at a time, whatever the day: the others asking for it wait and share it, and on the nationwide
 * data a read holds a million lots' figures in flight, which several at once would not fit in a 1 GiB heap. A
 * read under way when {@link #forget} is called is answered but not kept, so nothing read before a change is
 * kept after it.
 */
final class PastDays<V> {

    private final Map<LocalDate, V> kept;
    private final Object reading = new Object();
    private long generation;

    PastDays(int days) {
        this.kept = new LinkedHashMap<>(days, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, V> eldest) {
                return size() > days;
            }
        };
    }

    /** The value kept for the day, else what {@code read} reads, kept. */
    V get(LocalDate day, Supplier<V> read) {
        V value = kept(day);
        if (value != null) {
            return value;
        }
        synchronized (reading) {
            long startedAt;
            synchronized (this) {
                value = kept.get(day);
                if (value != null) {
                    return value;
                }
                startedAt = generation;
            }
            value = read.get();
            synchronized (this) {
                if (generation == startedAt) {
                    kept.put(day, value);
                }
            }
            return value;
        }
    }

    /** Drops every day kept. */
    synchronized void forget() {
        generation++;
        kept.clear();
    }

    private synchronized V kept(LocalDate day) {
        return kept.get(day);
    }
}
