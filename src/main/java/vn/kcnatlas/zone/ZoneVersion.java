package vn.kcnatlas.zone;

import java.time.Instant;

/**
 * One version of a zone from its history.
 *
 * @param recordedAt when the store recorded it; a first version from the seed or an import stands for
 *     facts older than that
 */
public record ZoneVersion(Zone zone, Instant recordedAt) {

    /** Whether this version came with the seed or an import, and so counts from the start. */
    public boolean loaded() {
        HistoryAction action = zone.revision().action();
        return zone.revision().version() == 1 && (action == HistoryAction.SEED || action == HistoryAction.IMPORT);
    }
}
