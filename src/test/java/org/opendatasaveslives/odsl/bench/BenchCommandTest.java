package org.opendatasaveslives.odsl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;

/** {@code odsl bench map} on a tiny input: it runs and prints every field (speed is not checked). */
class BenchCommandTest {
    private static final Path MAPPING = Path.of("mappings/police-street-crime.rml.ttl");

    @TempDir
    Path dir;

    @Test
    void benchMapPrintsOneLineOfFiguresAndTheMachine() {
        CliRun run = CliRun.of("bench", "map", "--rows", "200", "--mapping", MAPPING.toString());
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        assertEquals(1, line.lines().count(), line);
        for (String field : List.of("rows=200 ", "rejected=0 ", "triples=", "map=", "rows/s=", "triples/s=",
                "peak-heap=", "live-heap=", "riot-triples/s=", "ratio=", "machine: cores=", "java=")) {
            assertTrue(line.contains(field), () -> field + " missing from: " + line);
        }
        Matcher triples = Pattern.compile(" triples=(\\d+) ").matcher(line);
        assertTrue(triples.find(), line);
        assertTrue(Long.parseLong(triples.group(1)) > 200, line);
    }

    @Test
    void benchValidateRunsBothValidatorsOverTheSameTriplesAndTheyAgree() {
        CliRun run = CliRun.of("bench", "validate", "--rows", "300");
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().strip();
        Matcher figures = Pattern.compile("triples=(\\d+) \\| batches: .* violations=(\\d+) .* one graph: .* violations=(\\d+) .*"
                + "ratio=\\d+\\.\\d\\d").matcher(line);
        assertTrue(figures.find(), line);
        assertTrue(Long.parseLong(figures.group(1)) > 300, line);
        assertEquals(figures.group(2), figures.group(3), "both validators find the same violations: " + line);
    }

    @Test
    void theJoinCaseNamesADistrictForEveryRowWhoseLsoaTheLookupKnows() {
        CliRun run = CliRun.of("bench", "map", "--rows", "300", "--join");
        assertEquals(0, run.exitCode(), run.err());
        Matcher triples = Pattern.compile(" triples=(\\d+) ").matcher(run.out());
        assertTrue(triples.find(), run.out());
        // type + LSOA per row, and district + commissioner for rows in 2011 LSOAs (most demo rows)
        long t = Long.parseLong(triples.group(1));
        assertTrue(t > 300 * 3 && t <= 300 * 4, run.out());
    }

    @Test
    void aBrokenMappingExitsTwoNamingIt() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix rml: <http://w3id.org/rml/> .\n"
                + "<#T> a rml:TriplesMap ; rml:logicalSource [ rml:source \"street.csv\" ] .\n");
        CliRun run = CliRun.of("bench", "map", "--rows", "10", "--mapping", broken.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("broken.ttl"), run.err());
    }

    @Test
    void theSyntheticCsvHasTheHeaderAndTheRowsAskedFor() throws IOException {
        Path csv = dir.resolve("street.csv");
        DemoDataGenerator.writeStreetCrime(csv, DemoDataGenerator.POLICE_FILES.get(0), 50, 1);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(51, lines.size());
        assertTrue(lines.get(0).startsWith("Crime ID,Month,Reported by,Falls within"), lines.get(0));
        assertEquals(lines, readAgain(1));
    }

    private List<String> readAgain(long seed) throws IOException {
        Path again = dir.resolve("again.csv");
        DemoDataGenerator.writeStreetCrime(again, DemoDataGenerator.POLICE_FILES.get(0), 50, seed);
        return Files.readAllLines(again);
    }

    @Test
    void benchServePrintsEveryCaseAtEveryConcurrencyWithoutErrors() {
        CliRun run = CliRun.of("bench", "serve", "--seconds", "1", "--warmup", "0.2", "--concurrency", "1,2",
                "--scale", "1");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        Pattern figures = Pattern.compile("bench serve: (\\w+(?:, no-cache)?) .* c=(\\d+) +(\\d+) req/s  p50 +(\\d+\\.\\d\\d) ms  p99 +"
                + "(\\d+\\.\\d\\d) ms  ratio-to-ping (\\d+\\.\\d\\d)  errors=(\\d+)");
        List<String> seen = new java.util.ArrayList<>();
        for (String line : lines.subList(0, 14)) {
            Matcher m = figures.matcher(line);
            assertTrue(m.matches(), line);
            seen.add(m.group(1) + " c=" + m.group(2));
            assertTrue(Long.parseLong(m.group(3)) > 0, line);
            double p50 = Double.parseDouble(m.group(4));
            assertTrue(p50 > 0 && Double.parseDouble(m.group(5)) >= p50, line);
            assertTrue(Double.parseDouble(m.group(6)) > 0, line);
            assertEquals("0", m.group(7), line);
            if (m.group(1).equals("ping")) {
                assertEquals("1.00", m.group(6), line);
            }
        }
        List<String> cases = List.of("ping", "page", "page, no-cache", "lookup", "lookup, no-cache", "query",
                "query, no-cache");
        assertEquals(cases.stream().map(c -> c + " c=1").toList(), seen.subList(0, 7));
        assertEquals(cases.stream().map(c -> c + " c=2").toList(), seen.subList(7, 14));
        assertTrue(lines.get(14).matches(
                "bench serve: scale=1 triples=\\d+ .*peak-heap=\\d+MB live-heap=\\d+MB cpu=[0-9.]+s"), lines.get(14));
        assertTrue(lines.get(15).startsWith("machine: cores="), lines.get(15));
        assertEquals(16, lines.size(), run.out());
    }
}
