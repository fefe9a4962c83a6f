package org.opendatasaveslives.odsl.serve.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the users file: PBKDF2-HMAC-SHA256 from the JDK with a random 16-byte salt, written as
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (salt and hash in Base64). The password itself is never stored.
 */
public final class PasswordHash {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Below this a stored hash is refused as too cheap to brute-force. */
    public static final int MINIMUM_ITERATIONS = 10_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new password with a fresh salt. */
    public static PasswordHash of(char[] password, int iterations) {
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException(iterations + " iterations is too few: expected at least " + MINIMUM_ITERATIONS);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException naming what is wrong (never echoing the text, which is a secret too)
     */
    public static PasswordHash parse(String stored) {
        String[] parts = stored.split(":", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("the password hash is not of the form " + SCHEME
                    + ":ITERATIONS:SALT:HASH (write it with 'odsl user add', never by hand)");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the password hash's iteration count is not a number");
        }
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException("the password hash uses " + iterations + " iterations: expected at least "
                    + MINIMUM_ITERATIONS);
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (salt.length < SALT_BYTES || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("the password hash's salt or hash has the wrong length");
            }
            return new PasswordHash(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the password hash's salt or hash is not valid Base64 of the right length");
        }
    }

    /** Whether the password matches, compared in constant time. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }
}
