package org.opendatasaveslives.odsl.serve.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.Odsl;

import picocli.CommandLine;

/** {@code odsl user add}, run in process with the password on standard input (no console under test). */
class UserCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void addWritesTheHashNeverThePassword() throws Exception {
        Path users = temp.resolve("etc/users.txt");
        int exit = run("long enough password\n", "user", "add", "pc1234", "--role", "police", "--role", "safeguarding",
                "--users", users.toString(), "--iterations", "10000");
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().contains("User pc1234 (police, safeguarding) written to"), out.toString());
        String text = Files.readString(users);
        assertFalse(text.contains("long enough password"));
        UserAccount user = UsersFile.read(users).get(0);
        assertEquals(EnumSet.of(Role.POLICE, Role.SAFEGUARDING), user.roles());
        assertTrue(user.password().matches("long enough password".toCharArray()));
    }

    @Test
    void badInputIsRefusedAndNothingWritten() {
        Path users = temp.resolve("users.txt");
        assertEquals(2, run("long enough password\n", "user", "add", "pc1234", "--role", "constable", "--users", users.toString()));
        assertTrue(err.toString().contains("Unknown role 'constable'"), err.toString());
        assertEquals(2, run("short\n", "user", "add", "pc1234", "--role", "police", "--users", users.toString()));
        assertTrue(err.toString().contains("too short"), err.toString());
        assertEquals(2, run("", "user", "add", "pc1234", "--role", "police", "--users", users.toString()));
        assertTrue(err.toString().contains("No password on standard input"), err.toString());
        assertFalse(Files.exists(users));
    }

    private int run(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = Odsl.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute(args);
        } finally {
            System.setIn(original);
        }
    }
}
