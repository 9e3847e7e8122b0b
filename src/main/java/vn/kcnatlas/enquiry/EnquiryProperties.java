package vn.kcnatlas.enquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on investors' enquiries ({@code kcn.enquiries}).
 *
 * @param perMinute enquiries accepted from one client address within a minute
 * @param perDay the same within a day
 * @param retention how long an enquiry is kept; the consent text states it, so changing it means a new
 *        consent text version
 *        ({@link EnquiryInput#CONSENT_VERSION})
 * @param addressKey the key of the hash stored in place of the client's address; empty takes a random key
 *        at each start, so hashes match only within one run of the server
 */
@ConfigurationProperties("kcn.enquiries")
record EnquiryProperties(int perMinute, int perDay, Duration retention, String addressKey) {
}
