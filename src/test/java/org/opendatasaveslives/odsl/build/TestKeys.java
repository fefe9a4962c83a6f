package org.opendatasaveslives.odsl.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymisation keys in tests: a test class makes its key file the run's key and restores the previous one when it
 * ends; {@link #hmac} computes, independently of the engine, the pseudonym a key gives an identifier.
 */
final class TestKeys {
    /** The system property naming the key file (the environment variable's stand-in within one JVM). */
    static final String PROPERTY = "odsl.pseudonymKeyFile";

    private TestKeys() {
    }

    /** Makes the key in this file the run's key; returns the key file named before, or null, for {@link #restore}. */
    static String use(Path keyFile) {
        String previous = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, keyFile.toString());
        return previous;
    }

    /** Names again the key file named before {@link #use}. */
    static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }

    /** Lower-case hex HMAC-SHA256 of the value under the key: what {@code odslfn:pseudonym} should compute. */
    static String hmac(String key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
