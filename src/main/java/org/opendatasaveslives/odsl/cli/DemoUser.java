package org.opendatasaveslives.odsl.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;

import org.opendatasaveslives.odsl.serve.access.PasswordHash;
import org.opendatasaveslives.odsl.serve.access.Role;
import org.opendatasaveslives.odsl.serve.access.UserAccount;
import org.opendatasaveslives.odsl.serve.access.UsersFile;

/**
 * The demo's one user, {@value #NAME}, who may read the person-level releases: made with a random password the first
 * time the demo runs, which is printed once and kept nowhere but as its hash in the users file. Delete the users file
 * to be given a new password.
 */
final class DemoUser {
    static final String NAME = "safeguarding";
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    private DemoUser() {
    }

    /** Makes the users file with the demo user if there is none, telling {@code out} the password. */
    static void ensure(Path usersFile, PrintWriter out) {
        if (Files.exists(usersFile)) {
            out.printf("person-level data: log in as '%s' with the password printed when %s was made (delete it for a new one)%n",
                NAME, usersFile);
            return;
        }
        char[] password = new char[PASSWORD_LENGTH];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < password.length; i++) {
            password[i] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        }
        UsersFile.put(usersFile, new UserAccount(NAME, Set.of(Role.SAFEGUARDING),
            PasswordHash.of(password, PasswordHash.DEFAULT_ITERATIONS)));
        out.printf("person-level data: log in as '%s' with password %s (shown this once; only its hash is kept in %s)%n",
            NAME, new String(password), usersFile);
    }
}
