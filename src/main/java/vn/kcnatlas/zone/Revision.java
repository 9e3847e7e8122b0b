package vn.kcnatlas.zone;

import java.time.Instant;

/** Bookkeeping for optimistic locking and the audit trail: which version, when and by whom. */
public record Revision(int version, Instant updatedAt, String updatedBy) {
}
