package org.opendatasaveslives.odsl.serve.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private static final int ITERATIONS = PasswordHash.MINIMUM_ITERATIONS;

    @Test
    void aStoredHashMatchesItsPasswordOnlyAndNeverHoldsIt() {
        String stored = PasswordHash.of("s3cret horse battery".toCharArray(), ITERATIONS).toString();
        assertTrue(stored.matches("pbkdf2-sha256:10000:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}"), stored);
        assertFalse(stored.contains("s3cret"));
        PasswordHash parsed = PasswordHash.parse(stored);
        assertTrue(parsed.matches("s3cret horse battery".toCharArray()));
        assertFalse(parsed.matches("s3cret horse batterY".toCharArray()));
        assertFalse(parsed.matches(new char[0]));
        assertEquals(stored, parsed.toString());
    }

    @Test
    void everyHashHasItsOwnSalt() {
        char[] password = "same password twice".toCharArray();
        assertNotEquals(PasswordHash.of(password, ITERATIONS).toString(), PasswordHash.of(password, ITERATIONS).toString());
    }

    @Test
    void malformedOrWeakHashesAreRefusedWithoutEchoingThem() {
        String weak = PasswordHash.of("x".toCharArray(), ITERATIONS).toString().replace(":10000:", ":1000:");
        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(weak));
        assertTrue(tooFew.getMessage().contains("1000 iterations"), tooFew.getMessage());
        for (String bad : new String[] {"plain-password", "MD5:5f4dcc3b5aa765d61d8327deb882cf99", "pbkdf2-sha256:abc:AAAA:BBBB",
            "pbkdf2-sha256:10000:!!!!:????"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(bad));
            assertFalse(error.getMessage().contains(bad), error.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.of("x".toCharArray(), 100));
    }

    @Test
    void credentialAcceptsTheRightPasswordAgainAndRefusesAWrongOneAfterIt() {
        HashedCredential credential = new HashedCredential(PasswordHash.of("right password".toCharArray(), ITERATIONS));
        assertTrue(credential.check("right password"));
        assertTrue(credential.check("right password"), "the second check takes the verified digest");
        assertFalse(credential.check("wrong password"));
        assertFalse(credential.check(null));
        assertTrue(credential.check("right password".toCharArray()));
    }
}
