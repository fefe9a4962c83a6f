package org.opendatasaveslives.odsl.serve.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {
    @TempDir
    Path temp;

    @Test
    void putAddsAndReplacesUsersInAnOwnerOnlyFile() throws Exception {
        Path file = temp.resolve("users.txt");
        UsersFile.put(file, user("alice", EnumSet.of(Role.POLICE), "first password"));
        UsersFile.put(file, user("bob", EnumSet.of(Role.RESEARCHER), "bob password"));
        UsersFile.put(file, user("alice", EnumSet.of(Role.HEALTH, Role.CARE), "second password"));
        List<UserAccount> users = UsersFile.read(file);
        assertEquals(List.of("bob", "alice"), users.stream().map(UserAccount::name).toList());
        UserAccount alice = users.get(1);
        assertEquals(EnumSet.of(Role.HEALTH, Role.CARE), alice.roles());
        assertTrue(alice.password().matches("second password".toCharArray()));
        assertTrue(Files.readString(file).contains("alice\thealth,care\tpbkdf2-sha256:"), Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void badLinesAreNamedByFileAndLine() throws Exception {
        String hash = PasswordHash.of("pw".toCharArray(), PasswordHash.MINIMUM_ITERATIONS).toString();
        assertError("# comment\n\nalice police\n", "line 3: expected NAME ROLES PASSWORD-HASH, found 2 field(s)");
        assertError("alice constable " + hash + "\n", "line 1: Unknown role 'constable': expected one of researcher, police,"
                + " health, care, safeguarding");
        assertError("alice police " + hash + "\nalice care " + hash + "\n", "line 2: user alice is listed twice");
        assertError("alice police {MD5}5f4dcc3b5aa765d61d8327deb882cf99\n", "line 1: the password hash is not of the form");
        assertError("-alice police " + hash + "\n", "line 1: User name '-alice' is not valid");
    }

    private void assertError(String text, String expected) throws Exception {
        Path file = Files.writeString(temp.resolve("bad.txt"), text);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> UsersFile.read(file));
        assertTrue(error.getMessage().startsWith(file + " " + expected), error.getMessage());
    }

    private static UserAccount user(String name, EnumSet<Role> roles, String password) {
        return new UserAccount(name, roles, PasswordHash.of(password.toCharArray(), PasswordHash.MINIMUM_ITERATIONS));
    }
}
