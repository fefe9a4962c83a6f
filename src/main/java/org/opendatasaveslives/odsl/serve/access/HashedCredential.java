package org.opendatasaveslives.odsl.serve.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.eclipse.jetty.util.security.Credential;

/**
 * A Jetty credential checked against a {@link PasswordHash}.
 * <p>
 * HTTP Basic sends the password with every request and PBKDF2 is slow on purpose (about a second on a busy 2-core
 * machine), so the SHA-256 of the last password that passed is kept in memory and a request presenting the same
 * password is let through on that digest alone. A wrong password always pays the full PBKDF2 cost.
 */
final class HashedCredential extends Credential {
    private static final long serialVersionUID = 1L;

    private final transient PasswordHash hash;
    private transient volatile byte[] verifiedDigest;

    HashedCredential(PasswordHash hash) {
        this.hash = hash;
    }

    @Override
    public boolean check(Object credentials) {
        char[] password;
        if (credentials instanceof String text) {
            password = text.toCharArray();
        } else if (credentials instanceof char[] chars) {
            password = chars.clone();
        } else {
            return false;
        }
        try {
            byte[] digest = sha256(password);
            byte[] verified = verifiedDigest;
            if (verified != null && MessageDigest.isEqual(verified, digest)) {
                return true;
            }
            if (hash.matches(password)) {
                verifiedDigest = digest;
                return true;
            }
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static byte[] sha256(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
