package vn.kcnatlas.enquiry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * What is kept of a sender's address: a keyed hash (HMAC-SHA-256), enough to see that enquiries came from
 * one address, not the address itself. A plain hash would not do: every IPv4 address can be hashed in
 * minutes and looked up.
 */
@Component
class ClientAddresses {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    ClientAddresses(EnquiryProperties properties) {
        byte[] secret = properties.addressKey() == null || properties.addressKey().isEmpty() ? random()
                : properties.addressKey().getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String hash(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
