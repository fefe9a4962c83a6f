package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person file with one good and one bad NHS number (reserved test range): the good one becomes a pseudonymous
 * person URI, the bad one a rejected record whose reason, like the whole rejects report, the build output and the
 * graph, holds none of its digits.
 */
class NhsNumberMappingTest {
    static final String GOOD = "999 765 4323";
    static final String BAD = "999 765 4324";

    private static final String MAPPING = """
            @prefix rml: <http://w3id.org/rml/> .
            @prefix odslfn: <https://odsl.org.uk/def/function/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            @prefix ex: <http://example.com/> .
            <#People> a rml:TriplesMap ;
              rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "people.csv" ] ] ;
              rml:subjectMap [ rml:termType rml:IRI ; rml:class odsl:Person ; rml:functionExecution [
                  rml:function odslfn:concat ;
                  rml:input [ rml:parameter odslfn:prefix ; rml:inputValue "https://odsl.org.uk/id/person/" ] ,
                    [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:functionExecution [
                      rml:function odslfn:pseudonym ;
                      rml:input [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:functionExecution [
                        rml:function odslfn:nhsNumber ;
                        rml:input [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:reference "nhs_number" ] ]
                      ] ] ] ] ] ] ] ] ;
              rml:predicateObjectMap [ rml:predicate ex:council ; rml:objectMap [ rml:reference "council" ] ] .
            """;

    @TempDir
    Path dir;
    private String previousKeyFile;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("people.rml.ttl"), MAPPING);
        Files.writeString(dir.resolve("people.csv"), "council,nhs_number\nLeeds," + GOOD + "\nKent," + BAD + "\n");
        Files.writeString(dir.resolve("people.shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <#Person> a sh:NodeShape ; sh:targetClass <https://odsl.org.uk/def/odsl/Person> ;
                    sh:property [ sh:path <http://example.com/council> ; sh:minCount 1 ] .
                """);
        Files.writeString(dir.resolve("catalog.ttl"), """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix odsl: <https://odsl.org.uk/def/odsl/> .
                <people> a dcat:Dataset ; odsl:accessTier odsl:Restricted ; odsl:mapping "people.rml.ttl" ;
                    odsl:shapes "people.shapes.ttl" ; odsl:input "people.csv" .
                """);
        Path key = Files.writeString(dir.resolve("key"), "test-deployment-key-0123456789");
        previousKeyFile = TestKeys.use(key);
    }

    @AfterEach
    void restoreKey() {
        TestKeys.restore(previousKeyFile);
    }

    @Test
    void theGoodNumberLoadsAsAPseudonymAndTheBadOneIsRejectedWithoutItsDigits() throws Exception {
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("build", "--catalog", dir.resolve("catalog.ttl").toString(), "--data", dir.toString(),
            "--db", db.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertEquals(1L, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a odsl:Person ;"
            + " <http://example.com/council> \"Leeds\" FILTER(REGEX(STR(?p), \"/id/person/[0-9a-f]{64}$\")) } }"));
        Path rejects = db.resolveSibling("db-reports").resolve("rejects-people.csv");
        if (!Files.exists(rejects)) {
            try (Stream<Path> files = Files.walk(dir)) {
                rejects = files.filter(p -> p.getFileName().toString().equals("rejects-people.csv")).findFirst()
                    .orElseThrow();
            }
        }
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString()); // header and one reject
        assertTrue(lines.get(1).contains("line 3"), lines.get(1));
        assertTrue(lines.get(1).contains("is not a valid NHS number: it fails the Modulus 11 check"), lines.get(1));
        // The temporary folder's random name (in the source and mapping columns) may hold any digits: scan the rest.
        String report = Files.readString(rejects).replace(dir.toString(), "DIR").replace(dir.toUri().toString(), "DIR/");
        assertNoNumber(report, 3);
        assertNoNumber(run.all(), 10);
        assertNoNumber(graphText(db), 10);
    }

    /** Neither number, spaced or not, nor any three consecutive digits of either. */
    static void assertNoNumber(String text, int window) {
        for (String n : List.of(GOOD, BAD)) {
            String digits = n.replace(" ", "");
            for (int i = 0; i + window <= digits.length(); i++) {
                assertFalse(text.contains(digits.substring(i, i + window)), "found part of " + n + " in: " + text);
            }
            assertFalse(text.contains(n) || text.contains(n.replace(' ', '-')), text);
        }
    }

    private static String graphText(Path db) throws Exception {
        return StoreQueries.withStore(db, dsg -> {
            StringBuilder b = new StringBuilder();
            dsg.find().forEachRemaining(q -> b.append(q).append('\n'));
            return b.toString();
        });
    }
}
