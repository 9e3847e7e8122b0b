package vn.kcnatlas.zone;

import java.time.Instant;

/**
 * Bookkeeping for optimistic locking and the audit trail: which version, when, by whom and why.
 *
 * @param action what made this version; {@link HistoryAction#SEED} means the store was filled from the
 *     project's seed data when the server first started, which is no edit of the facts
 */
public record Revision(int version, Instant updatedAt, String updatedBy, HistoryAction action) {

    /** Whether this version came from a person's edit or an import of new facts, not from the seed. */
    public boolean isEdit() {
        return action != HistoryAction.SEED;
    }
}
