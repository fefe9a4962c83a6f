package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.cli.MapCommand;

import picocli.CommandLine;

/** The {@code map} command, run through picocli as the {@code odsl} launcher runs it. */
class MapCommandTest {
    @TempDir
    Path dir;
    private Path mapping;
    private String out;
    private String err;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("people.csv"), "id,age\n1,34\n2,abc\n");
        Files.writeString(dir.resolve("good.csv"), "id,age\n1,34\n");
        mapping = dir.resolve("m.ttl");
        Files.writeString(mapping, """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix ex: <http://example.com/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                ex:P a rml:TriplesMap ;
                  rml:logicalSource [ rml:source "people.csv" ; rml:referenceFormulation rml:CSV ] ;
                  rml:subjectMap [ rml:template "person/{id}" ; rml:graph ex:G ] ;
                  rml:predicateObjectMap [ rml:predicate ex:age ; rml:objectMap [ rml:reference "age" ; rml:datatype xsd:integer ] ] .
                """);
    }

    private int run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        MapCommand cmd = new MapCommand(stdout);
        StringWriter stderr = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setErr(new PrintWriter(stderr, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString();
        return code;
    }

    @Test
    void rejectedRecordsGoToStderrAndExitOne() {
        assertEquals(1, run(mapping.toString(), "--base", "http://example.com/"));
        assertEquals("<http://example.com/person/1> <http://example.com/age> "
                + "\"34\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", out);
        assertTrue(err.contains("rejected: people.csv, line 3, field 'age': \"abc\" is not a valid xsd:integer [ex:P]"),
                err);
        assertTrue(err.contains("mapped 1 records (1 quads), 1 rejected"), err);
        assertTrue(err.contains("--format nq"), "warns that N-Triples drops the named graph: " + err);
    }

    @Test
    void allMappedExitsZeroAndNquadsKeepGraphs() throws IOException {
        Path file = dir.resolve("out/result.nq");
        assertEquals(0, run(mapping.toString(), "--input", dir.resolve("good.csv").toString(), "--format", "nq",
                "-o", file.toString()));
        assertEquals("<https://odsl.org.uk/person/1> <http://example.com/age> "
                + "\"34\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.com/G> .\n",
                Files.readString(file));
        assertTrue(err.contains("mapped 1 records (1 quads), 0 rejected"), err);
    }

    @Test
    void namedInputAndTurtle() {
        assertEquals(0, run(mapping.toString(), "--input", "people.csv=" + dir.resolve("good.csv"), "--format", "ttl"));
        assertTrue(out.contains("<https://odsl.org.uk/person/1>"), out);
    }

    @Test
    void strictStopsWithExitTwo() {
        assertEquals(2, run(mapping.toString(), "--strict", "-o", dir.resolve("strict.nt").toString()));
        assertTrue(err.contains("error: people.csv, line 3"), err);
        assertFalse(Files.exists(dir.resolve("strict.nt")), "no partial output file");
    }

    @Test
    void missingFileOrBadMappingOrBadArgumentsExitTwo() throws IOException {
        assertEquals(2, run(mapping.toString(), "--input", dir.resolve("missing.csv").toString()));
        assertTrue(err.contains("missing.csv: input file not found"), err);
        assertEquals("", out);

        Files.writeString(dir.resolve("bad.ttl"), "@prefix rml: <http://w3id.org/rml/> .\n<#T> rml:logicalSource [");
        assertEquals(2, run(dir.resolve("bad.ttl").toString()));
        assertTrue(err.startsWith("error: " + dir.resolve("bad.ttl") + ": not valid RDF"), err);

        assertEquals(2, run(mapping.toString(), "--format", "xml"));
        assertEquals(2, run());
    }
}
