package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.ServeCommand;

import picocli.CommandLine;

/** The command line face of the server; a running server is covered by {@link OdslServerTest}. */
class ServeCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void missingDatabaseExitsWithCodeTwoAndNamesTheFolder() {
        Path missing = temp.resolve("no-db");
        int exit = run("--db", missing.toString(), "--port", "0");
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("odsl serve: Database folder " + missing + " does not exist."), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void invalidTimeoutExitsWithCodeTwo() {
        int exit = run("--db", temp.toString(), "--timeout", "0");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("--timeout"), err.toString());
    }

    @Test
    void helpDescribesTheOptions() {
        assertEquals(0, run("--help"));
        for (String option : new String[] {"--db", "--port", "--host", "--timeout", "--queries", "--users", "--audit-log",
            "--anonymous-timeout", "--anonymous-row-limit", "--cors-origin", "--https", "--https-port"}) {
            assertTrue(out.toString().contains(option), option + " in " + out);
        }
    }

    @Test
    void aWildcardCorsOriginIsRefused() {
        int exit = run("--db", temp.toString(), "--cors-origin", "*");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("CORS origin '*' must be scheme://host[:port]"), err.toString());
    }

    @Test
    void plainHttpBasicOffLoopbackIsWarnedAbout() {
        Path users = temp.resolve("users.txt");
        assertTrue(OdslServer.plainHttpWarning(ServeConfig.forDatabase(temp).users(users).build()).isEmpty(),
            "the default host is loopback");
        assertTrue(OdslServer.plainHttpWarning(ServeConfig.forDatabase(temp).host("0.0.0.0").build()).isEmpty(),
            "no users, no passwords");
        String warning = OdslServer.plainHttpWarning(ServeConfig.forDatabase(temp).host("0.0.0.0").users(users).build())
            .orElseThrow();
        assertTrue(warning.startsWith("WARNING: users log in with HTTP Basic over plain HTTP on 0.0.0.0"), warning);
        assertTrue(OdslServer.plainHttpWarning(ServeConfig.forDatabase(temp).host("0.0.0.0").users(users)
            .https(temp.resolve("https.json"), 3043).build()).orElseThrow().contains("plain HTTP port (--port)"));
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new ServeCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
