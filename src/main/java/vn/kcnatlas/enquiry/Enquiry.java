package vn.kcnatlas.enquiry;

import java.time.Instant;

/**
 * A stored enquiry as its readers see it: what the sender wrote, the consent they gave, and whether a
 * manager handled it. The hash of the sender's address stays in the store.
 */
record Enquiry(long id, String zone, String name, String company, String email, String phone, Double landNeededHa,
        String industry, String message, String consentVersion, Instant consentAt, Instant createdAt,
        Instant handledAt, String handledBy, String note) {
}
