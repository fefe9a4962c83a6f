package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the rows of a file do not hold (the month of a monthly NHS England file is only in its name) reaches the
 * mapping through {@code odslfn:parameter}: from the catalogue's {@code odsl:parameter} in a build, from
 * {@code --param} in {@code odsl map}; a run without it rejects each record with a reason naming the parameter.
 */
class ReleaseParameterTest {
    private static final String MAPPING = """
            @prefix rml: <http://w3id.org/rml/> .
            @prefix odslfn: <https://odsl.org.uk/def/function/> .
            @prefix ex: <http://example.com/> .
            <#Rows> a rml:TriplesMap ;
              rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "rows.csv" ] ] ;
              rml:subjectMap [ rml:template "http://example.com/{code}" ] ;
              rml:predicateObjectMap [ rml:predicate ex:month ; rml:objectMap [ rml:functionExecution [
                  rml:function odslfn:parameter ;
                  rml:input [ rml:parameter odslfn:name ; rml:inputValue "month" ] ] ] ] .
            """;

    @TempDir
    Path dir;
    Path mapping;

    @BeforeEach
    void files() throws IOException {
        mapping = Files.writeString(dir.resolve("rows.rml.ttl"), MAPPING);
        Files.writeString(dir.resolve("rows.csv"), "code\nRR8\nRAE\n");
        Files.writeString(dir.resolve("rows.shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <#Row> a sh:NodeShape ; sh:targetSubjectsOf <http://example.com/month> ;
                    sh:property [ sh:path <http://example.com/month> ; sh:minCount 1 ; sh:pattern "^[0-9]{4}-[0-9]{2}$" ] .
                """);
    }

    private CliRun build(String parameterTriples) throws IOException {
        Path catalog = Files.writeString(dir.resolve("catalog.ttl"), """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix odsl: <https://odsl.org.uk/def/odsl/> .
                <rows-2025-04> a dcat:Dataset ; odsl:accessTier odsl:Open ; odsl:mapping "rows.rml.ttl" ;
                    odsl:shapes "rows.shapes.ttl" ;
                    odsl:input "rows.csv" %s .
                """.formatted(parameterTriples));
        return CliRun.of("build", "--catalog", catalog.toString(), "--data", dir.toString(), "--db",
                dir.resolve("db").toString());
    }

    @Test
    void theCatalogueGivesEachReleaseItsValue() throws Exception {
        CliRun run = build("; odsl:parameter \"month=2025-04\"");
        assertEquals(0, run.exitCode(), run.all());
        Map<String, Long> months = StoreQueries.counts(dir.resolve("db"),
                "SELECT ?m (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <http://example.com/month> ?m } } GROUP BY ?m");
        assertEquals(Map.of("2025-04", 2L), months);
    }

    @Test
    void aParameterNotWrittenNameEqualsValueIsACatalogueError() throws Exception {
        CliRun run = build("; odsl:parameter \"2025-04\"");
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.all().contains("odsl:parameter \"2025-04\" must be written NAME=VALUE"), run.all());
    }

    @Test
    void mapTakesItFromTheCommandLine() throws IOException {
        Path out = dir.resolve("out.nt");
        CliRun run = CliRun.of("map", mapping.toString(), "--param", "month=2025-05", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.all());
        String triples = Files.readString(out);
        assertTrue(triples.contains("<http://example.com/RR8> <http://example.com/month> \"2025-05\" ."), triples);
    }

    @Test
    void withoutItEveryRecordIsRejectedNamingTheParameter() {
        CliRun run = CliRun.of("map", mapping.toString(), "-o", dir.resolve("out.nt").toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("no parameter 'month' was given to this run"), run.err());
        assertTrue(run.err().contains("line 2") && run.err().contains("line 3"), run.err());
    }
}
