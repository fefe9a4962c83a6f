package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSVW descriptions on an RML source: headerless files, declared column names, delimiters. */
class CsvDialectTest {
    @TempDir
    Path dir;

    private Path mapping(String csv, String description, String valueColumn) throws IOException {
        Files.writeString(dir.resolve("in.csv"), csv);
        return Files.writeString(dir.resolve("mapping.ttl"), """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix csvw: <http://www.w3.org/ns/csvw#> .
                @prefix ex: <http://example.com/> .
                ex:T a rml:TriplesMap ;
                  rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                    rml:source [ a rml:RelativePathSource, csvw:Table ; rml:root rml:MappingDirectory ;
                                 rml:path "in.csv" ; %s ] ] ;
                  rml:subjectMap [ rml:template "http://example.com/{code}" ] ;
                  rml:predicateObjectMap [ rml:predicate ex:value ; rml:objectMap [ rml:reference "%s" ] ] .
                """.formatted(description, valueColumn));
    }

    private static List<String> run(Path mapping, List<RecordError> errors) throws MappingException {
        DatasetGraph out = DatasetGraphFactory.create();
        RmlMapper.load(mapping).run(MapOptions.defaults(), MappedRecordSinks.toStream(StreamRDFLib.dataset(out),
                errors::add));
        return out.getDefaultGraph().find().mapWith(t -> t.getSubject().getLocalName() + "="
                + t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList();
    }

    @Test
    void aHeaderlessFileIsReadWithTheDeclaredNamesFromItsFirstLine() throws Exception {
        // The layout of an NHS ODS extract: no header line, fields by position.
        Path m = mapping("\"RAE\",\"BRADFORD TEACHING\",\"BD9 6RJ\"\n\"RR8\",\"LEEDS TEACHING\",\"LS1 3EX\"\n",
                "csvw:dialect [ csvw:header false ] ; csvw:tableSchema [ csvw:column ( [ csvw:name \"code\" ]"
                        + " [ csvw:name \"name\" ] [ csvw:name \"postcode\" ] ) ]", "postcode");
        assertEquals(List.of("RAE=BD9 6RJ", "RR8=LS1 3EX"), run(m, new ArrayList<>()));
    }

    @Test
    void declaredNamesReplaceARepeatedOrCorruptedHeader() throws Exception {
        // NHS England A&E: the same type name heads both the total and the within-4-hours column, and one month's
        // header has "0" where "-" belongs. The declared names are used by position; the header line is skipped.
        Path m = mapping("Code,Type 1 Departments 0 Major A&E,Type 1 Departments 0 Major A&E\nRR8,\"18,086\",\"10,941\"\n",
                "csvw:dialect [ csvw:header true ] ; csvw:tableSchema [ csvw:column ( [ csvw:name \"code\" ]"
                        + " [ csvw:name \"type1\" ] [ csvw:name \"type1Within4h\" ] ) ]", "type1Within4h");
        assertEquals(List.of("RR8=10,941"), run(m, new ArrayList<>()));
    }

    @Test
    void aDelimiterIsHonoured() throws Exception {
        Path m = mapping("code;value\nA;1\nB;2\n", "csvw:dialect [ csvw:delimiter \";\" ]", "value");
        assertEquals(List.of("A=1", "B=2"), run(m, new ArrayList<>()));
    }

    @Test
    void aRowWithMoreFieldsThanDeclaredColumnsIsRejectedWithItsLine() throws Exception {
        Path m = mapping("A,1\nB,2,extra\nC,3\n", "csvw:dialect [ csvw:header false ] ; csvw:tableSchema [ csvw:column"
                + " ( [ csvw:name \"code\" ] [ csvw:name \"value\" ] ) ]", "value");
        List<RecordError> errors = new ArrayList<>();
        assertEquals(List.of("A=1", "C=3"), run(m, errors));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("line 2"), errors.toString());
        assertTrue(errors.get(0).message().contains("over-long"), errors.toString());
    }

    @Test
    void aHeaderWhoseWidthDiffersFromTheSchemaIsAMappingError() throws Exception {
        Path m = mapping("code,value,other\nA,1,x\n", "csvw:tableSchema [ csvw:column ( [ csvw:name \"code\" ]"
                + " [ csvw:name \"value\" ] ) ]", "value");
        MappingException e = assertThrows(MappingException.class, () -> run(m, new ArrayList<>()));
        assertTrue(e.getMessage().contains("the header line has 3 fields but the mapping's csvw:tableSchema declares 2"),
                e.getMessage());
    }

    @Test
    void aReferenceToAnUndeclaredColumnNamesTheDeclaredOnes() throws Exception {
        Path m = mapping("A,1\n", "csvw:dialect [ csvw:header false ] ; csvw:tableSchema [ csvw:column"
                + " ( [ csvw:name \"code\" ] [ csvw:name \"value\" ] ) ]", "amount");
        MappingException e = assertThrows(MappingException.class, () -> run(m, new ArrayList<>()));
        assertTrue(e.getMessage().contains("no column 'amount'") && e.getMessage().contains("declares: code, value"),
                e.getMessage());
    }

    @Test
    void aHeaderlessFileWithoutDeclaredNamesIsRejectedWhenTheMappingLoads() throws Exception {
        Path m = mapping("A,1\n", "csvw:dialect [ csvw:header false ]", "value");
        MappingException e = assertThrows(MappingException.class, () -> RmlMapper.load(m));
        assertTrue(e.getMessage().contains("triples map") && e.getMessage().contains("csvw:header")
                && e.getMessage().contains("csvw:tableSchema"), e.getMessage());
    }

    @Test
    void aColumnWithoutANameIsRejectedNamingItsPosition() throws Exception {
        Path m = mapping("A,1\n", "csvw:dialect [ csvw:header false ] ; csvw:tableSchema [ csvw:column"
                + " ( [ csvw:name \"code\" ] [ csvw:title \"value\" ] ) ]", "value");
        MappingException e = assertThrows(MappingException.class, () -> RmlMapper.load(m));
        assertTrue(e.getMessage().contains("column 2") && e.getMessage().contains("csvw:name"), e.getMessage());
    }
}
