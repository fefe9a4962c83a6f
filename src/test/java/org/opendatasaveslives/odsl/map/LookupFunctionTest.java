package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** odslfn:lookup: a value from a reference table beside the mapping, by key; a missing key fails the record. */
class LookupFunctionTest {
    @TempDir
    Path dir;

    private Path mapping(String rows, String table, String extraInput) throws IOException {
        Files.createDirectories(dir.resolve("ref"));
        Files.writeString(dir.resolve("ref/councils.csv"), table);
        Files.writeString(dir.resolve("rows.csv"), rows);
        return Files.writeString(dir.resolve("m.rml.ttl"), """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix odslfn: <https://odsl.org.uk/def/function/> .
                @prefix ex: <http://example.com/> .
                <#Rows> a rml:TriplesMap ;
                  rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                    rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "rows.csv" ] ] ;
                  rml:subjectMap [ rml:template "http://example.com/{id}" ] ;
                  rml:predicateObjectMap [ rml:predicate ex:area ; rml:objectMap [ rml:functionExecution [
                      rml:function odslfn:lookup ;
                      rml:input [ rml:parameter odslfn:table ; rml:inputValue "ref/councils.csv" ] ,
                                [ rml:parameter odslfn:keyColumn ; rml:inputValue "name" ] ,
                                [ rml:parameter odslfn:valueColumn ; rml:inputValue "code" ] ,
                                [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:reference "council" ] ] %s ] ] ] .
                """.formatted(extraInput));
    }

    private static List<String> run(Path mapping, List<RecordError> errors) throws MappingException {
        DatasetGraph out = DatasetGraphFactory.create();
        RmlMapper.load(mapping).run(MapOptions.defaults(), MappedRecordSinks.toStream(StreamRDFLib.dataset(out),
                errors::add));
        return out.getDefaultGraph().find().mapWith(t -> t.getSubject().getURI().replace("http://example.com/", "") + "="
                + t.getObject().getLiteralLexicalForm()).toList().stream().sorted().toList();
    }

    @Test
    void aKeyIsReplacedByItsValueFromTheTableBesideTheMapping() throws Exception {
        Path m = mapping("id,council\n1,Leeds\n2, Kent \n", "name,code\nLeeds,E08000035\nKent,E10000016\n", "");
        List<RecordError> errors = new ArrayList<>();
        assertEquals(List.of("1=E08000035", "2=E10000016"), run(m, errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void aMissingKeyFailsItsRecordNamingTheKeyAndTable() throws Exception {
        Path m = mapping("id,council\n1,Leeds\n2,Atlantis\n", "name,code\nLeeds,E08000035\n", "");
        List<RecordError> errors = new ArrayList<>();
        assertEquals(List.of("1=E08000035"), run(m, errors));
        assertEquals(1, errors.size());
        String message = errors.get(0).message();
        assertTrue(message.contains("line 3") && message.contains("\"Atlantis\" is not in column name of the reference"
                + " table ref/councils.csv"), message);
    }

    @Test
    void otherwiseGivesAFallbackForMissingKeys() throws Exception {
        Path m = mapping("id,council\n1,Atlantis\n", "name,code\nLeeds,E08000035\n",
                ", [ rml:parameter odslfn:otherwise ; rml:inputValue \"unknown\" ]");
        assertEquals(List.of("1=unknown"), run(m, new ArrayList<>()));
    }

    @Test
    void aTableWithoutTheColumnOrWithConflictingKeysIsReported() throws Exception {
        List<RecordError> errors = new ArrayList<>();
        run(mapping("id,council\n1,Leeds\n", "name,gss\nLeeds,E08000035\n", ""), errors);
        assertTrue(errors.get(0).message().contains("has no column code; its columns are name, gss"), errors.toString());
        errors.clear();
        run(mapping("id,council\n1,Leeds\n", "name,code\nLeeds,E08000035\nLeeds,E08000036\n", ""), errors);
        assertTrue(errors.get(0).message().contains("gives the key \"Leeds\" two values"), errors.toString());
    }
}
