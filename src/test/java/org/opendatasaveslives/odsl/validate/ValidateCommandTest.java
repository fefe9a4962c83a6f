package org.opendatasaveslives.odsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;


/** {@code odsl validate}: exit 0 when the data conforms, 1 with a readable report of violations, 2 for bad input. */
class ValidateCommandTest {
    static final String PREFIXES = """
        @prefix odsl: <https://odsl.org.uk/def/odsl/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        """;
    static final String FORCE = "<https://odsl.org.uk/id/police-force/kent-police> a odsl:PoliceForce ; rdfs:label \"Kent Police\" .\n";

    @TempDir
    Path dir;

    private String[] run(String data) throws Exception {
        Path file = dir.resolve("data.ttl");
        Files.writeString(file, PREFIXES + data);
        CliRun run = CliRun.of("validate", "--shapes", "shapes/police-crime.ttl", file.toString());
        return new String[] {Integer.toString(run.exitCode()), run.out(), run.err()};
    }

    private static String crime(String type, String month) {
        return """
            <https://odsl.org.uk/id/crime/x> a odsl:CrimeRecord ;
                odsl:crimeType <https://odsl.org.uk/def/crime-type/%s> ;
                odsl:month <http://reference.data.gov.uk/id/month/%s> ;
                odsl:reportedBy <https://odsl.org.uk/id/police-force/kent-police> .
            """.formatted(type, month);
    }

    @Test
    void conformingDataExitsZero() throws Exception {
        String[] r = run(FORCE + crime("burglary", "2025-02"));
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("conforms"), r[1]);
    }

    @Test
    void violationsAreReportedReadablyWithExitOne() throws Exception {
        String[] r = run(FORCE + crime("alien-abduction", "2025-13"));
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("<https://odsl.org.uk/id/crime/x>"), r[1]);
        assertTrue(r[1].contains("Crime type must be exactly one of the police.uk categories"), r[1]);
        assertTrue(r[1].contains("Month must be one calendar month (YYYY-MM)"), r[1]);
        assertTrue(r[1].contains("2 violation(s)"), r[1]);
    }

    @Test
    void unreadableDataExitsTwoNamingFileAndLine() throws Exception {
        String[] r = run(FORCE + "<broken> a \n");
        assertEquals("2", r[0], r[1] + r[2]);
        assertTrue(r[2].contains("data.ttl") && r[2].contains("line"), r[2]);
    }
}
