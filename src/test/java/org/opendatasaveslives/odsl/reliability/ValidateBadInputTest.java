package org.opendatasaveslives.odsl.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;


/**
 * Damaged Turtle and N-Triples files, derived from a seed, given to {@code odsl validate}: unreadable data ends with exit
 * code 2 and one message naming the file and the line, never a stack trace or a hang; damage in form only (BOM, line
 * ends) validates as the good file does. {@code -Dodsl.reliability=long} runs more seeds.
 */
@Tag("reliability")
class ValidateBadInputTest {
    static final int SEEDS = "long".equals(System.getProperty("odsl.reliability")) ? 20 : 2;
    static final String TURTLE = """
        @prefix odsl: <https://odsl.org.uk/def/odsl/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://odsl.org.uk/id/police-force/kent-police> a odsl:PoliceForce ; rdfs:label "Kent Police – Café Ω" .
        <https://odsl.org.uk/id/crime/x> a odsl:CrimeRecord ;
            odsl:crimeType <https://odsl.org.uk/def/crime-type/burglary> ;
            odsl:month <http://reference.data.gov.uk/id/month/2025-02> ;
            odsl:reportedBy <https://odsl.org.uk/id/police-force/kent-police> .
        """;
    static final String NTRIPLES = """
        <https://odsl.org.uk/id/police-force/kent-police> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://odsl.org.uk/def/odsl/PoliceForce> .
        <https://odsl.org.uk/id/police-force/kent-police> <http://www.w3.org/2000/01/rdf-schema#label> "Kent Police – Café Ω" .
        <https://odsl.org.uk/id/crime/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://odsl.org.uk/def/odsl/CrimeRecord> .
        <https://odsl.org.uk/id/crime/x> <https://odsl.org.uk/def/odsl/crimeType> <https://odsl.org.uk/def/crime-type/burglary> .
        <https://odsl.org.uk/id/crime/x> <https://odsl.org.uk/def/odsl/month> <http://reference.data.gov.uk/id/month/2025-02> .
        <https://odsl.org.uk/id/crime/x> <https://odsl.org.uk/def/odsl/reportedBy> <https://odsl.org.uk/id/police-force/kent-police> .
        """;

    /** A kind of damage: the damaged bytes from the good ones, and whether the file must still validate as the good one. */
    record Damage(String name, boolean formOnly, BiFunction<byte[], Random, byte[]> apply) {
    }

    static final List<Damage> DAMAGES = List.of(
        new Damage("truncated", false, (good, r) -> Arrays.copyOf(good, 1 + r.nextInt(good.length - 2))),
        new Damage("truncated-mid-utf8", false, (good, r) -> Arrays.copyOf(good, indexOf(good, (byte) 0xC3) + 1)),
        new Damage("latin1", false, (good, r) -> new String(good, StandardCharsets.UTF_8).replace("Ω", "")
            .getBytes(StandardCharsets.ISO_8859_1)),
        new Damage("random-bytes", false, (good, r) -> {
            byte[] noise = new byte[1 + r.nextInt(4096)];
            r.nextBytes(noise);
            return noise;
        }),
        new Damage("byte-flipped", false, (good, r) -> {
            byte[] copy = good.clone();
            String breaking = "<>\"{}|\\^` .;,@#\u0000";
            copy[r.nextInt(copy.length)] = (byte) breaking.charAt(r.nextInt(breaking.length()));
            return copy;
        }),
        new Damage("space-in-iri", false, (good, r) -> text(good).replace("id/crime/x", "id/crime/x y").getBytes(StandardCharsets.UTF_8)),
        new Damage("oversized-literal", false, (good, r) -> text(good).replace("Kent Police –", "x".repeat(1 << 20))
            .getBytes(StandardCharsets.UTF_8)),
        new Damage("oversized-line", false, (good, r) -> (text(good) + "x".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8)),
        new Damage("bom", true, (good, r) -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, good)),
        new Damage("crlf", true, (good, r) -> text(good).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
        new Damage("cr", true, (good, r) -> text(good).replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
        new Damage("empty", false, (good, r) -> new byte[0]));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> unreadableRdfEndsWithExitTwoNamingFileAndLine() {
        List<DynamicTest> cases = new ArrayList<>();
        for (String syntax : List.of("ttl", "nt")) {
            byte[] good = (syntax.equals("ttl") ? TURTLE : NTRIPLES).getBytes(StandardCharsets.UTF_8);
            for (Damage damage : DAMAGES) {
                for (long seed = 1; seed <= SEEDS; seed++) {
                    long s = seed;
                    cases.add(DynamicTest.dynamicTest(syntax + " " + damage.name() + " seed " + s,
                        () -> runCase(syntax, good, damage, s)));
                }
            }
        }
        return cases.stream();
    }

    private void runCase(String syntax, byte[] good, Damage damage, long seed) throws Exception {
        Path file = Files.createDirectories(dir.resolve(damage.name() + "-" + seed)).resolve("data." + syntax);
        Files.write(file, damage.apply().apply(good, new Random(seed * 7919 + damage.name().hashCode())));
        String[] run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validate(file));
        int code = Integer.parseInt(run[0]);
        String what = damage.name() + " seed " + seed + ": exit " + code + "\n" + run[1] + run[2];
        assertFalse(run[2].contains("\tat ") || run[2].contains("Exception"), "no stack trace: " + what);
        if (damage.name().equals("latin1")) {
            assertEquals(2, code, "bytes that are not UTF-8 are refused, not read as U+FFFD: " + what);
        }
        if (damage.formOnly()) {
            assertEquals(0, code, what);
            return;
        }
        if (code == 2) {
            assertTrue(run[2].startsWith("odsl validate: " + file) && run[2].contains(", line "),
                "the message names the file and line: " + what);
        } else {
            // The damage happened to leave readable RDF: validated, with a verdict.
            assertTrue(code == 0 && run[1].contains("conforms") || code == 1 && run[1].contains("violation(s)"), what);
        }
    }

    private static String[] validate(Path file) {
        CliRun run = CliRun.of("validate", "--shapes", "shapes/police-crime.ttl", file.toString());
        return new String[] {Integer.toString(run.exitCode()), run.out(), run.err()};
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such byte");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
