package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RmlMapperTest {
    private static final String PREFIXES = """
            @prefix rml: <http://w3id.org/rml/> .
            @prefix ex: <http://example.com/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix odslfn: <https://odsl.org.uk/def/function/> .
            """;

    @TempDir
    Path dir;

    /** Everything a run handed to its sink. */
    static final class Collected implements MappedRecordSink {
        final List<SourceRecord> records = new ArrayList<>();
        final List<List<Quad>> quads = new ArrayList<>();
        final List<RecordError> errors = new ArrayList<>();
        MapResult result;

        @Override
        public void record(SourceRecord record, List<Quad> q) {
            records.add(record);
            quads.add(List.copyOf(q));
        }

        @Override
        public void error(RecordError error) {
            errors.add(error);
        }

        DatasetGraph dataset() {
            DatasetGraph dsg = DatasetGraphFactory.create();
            quads.forEach(l -> l.forEach(dsg::add));
            return dsg;
        }
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path mapping(String body) throws IOException {
        return write("mapping.ttl", PREFIXES + body);
    }

    private Collected run(Path mapping, MapOptions options) throws MappingException {
        Collected c = new Collected();
        c.result = RmlMapper.load(mapping).run(options, c);
        return c;
    }

    private Collected run(Path mapping) throws MappingException {
        return run(mapping, MapOptions.defaults().withBaseIri("http://example.com/base/"));
    }

    private static void assertIsomorphic(String expectedNq, Collected c) {
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.fromString(expectedNq, Lang.NQUADS).parse(expected);
        DatasetGraph actual = c.dataset();
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "expected:\n" + expectedNq + "actual:\n"
                + actual.stream().map(Object::toString).sorted().reduce("", (a, b) -> a + b + "\n"));
    }

    private static String source(String file) {
        return "rml:logicalSource [ rml:source \"" + file + "\" ; rml:referenceFormulation rml:CSV ] ;\n";
    }

    @Test
    void termMapsOfEveryKind() throws Exception {
        write("people.csv", "id,name,age,lang,kind\n1,Ann Lee,34,cy,http://example.com/Kind\n");
        Path m = mapping("""
                ex:People a rml:TriplesMap ;
                """ + source("people.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/person/{id}" ; rml:class foaf:Person ] ;
                  rml:predicateObjectMap
                    [ rml:predicate foaf:name ; rml:objectMap [ rml:reference "name" ; rml:language "en" ] ] ,
                    [ rml:predicate ex:nameCy ; rml:objectMap [ rml:reference "name" ; rml:languageMap [ rml:reference "lang" ] ] ] ,
                    [ rml:predicate ex:age ; rml:objectMap [ rml:reference "age" ; rml:datatype xsd:integer ] ] ,
                    [ rml:predicate ex:label ; rml:objectMap [ rml:template "\\\\{{name}\\\\}" ; rml:termType rml:Literal ] ] ,
                    [ rml:predicate ex:page ; rml:objectMap [ rml:template "page/{name}" ] ] ,
                    [ rml:predicate ex:kind ; rml:objectMap [ rml:reference "kind" ; rml:termType rml:IRI ] ] ,
                    [ rml:predicate ex:node ; rml:objectMap [ rml:template "n{id}" ; rml:termType rml:BlankNode ] ] ,
                    [ rml:predicateMap [ rml:constant ex:fixed ] ; rml:object "constant" ; rml:graph ex:G ] ,
                    [ rml:predicate ex:inDefault ; rml:object ex:Thing ; rml:graphMap [ rml:constant rml:defaultGraph ] ] .
                """);
        Collected c = run(m);
        assertIsomorphic("""
                <http://example.com/person/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .
                <http://example.com/person/1> <http://xmlns.com/foaf/0.1/name> "Ann Lee"@en .
                <http://example.com/person/1> <http://example.com/nameCy> "Ann Lee"@cy .
                <http://example.com/person/1> <http://example.com/age> "34"^^<http://www.w3.org/2001/XMLSchema#integer> .
                <http://example.com/person/1> <http://example.com/label> "{Ann Lee}" .
                <http://example.com/person/1> <http://example.com/page> <http://example.com/base/page/Ann%20Lee> .
                <http://example.com/person/1> <http://example.com/kind> <http://example.com/Kind> .
                <http://example.com/person/1> <http://example.com/node> _:n1 .
                <http://example.com/person/1> <http://example.com/fixed> "constant" <http://example.com/G> .
                <http://example.com/person/1> <http://example.com/inDefault> <http://example.com/Thing> .
                """, c);
        assertEquals(1, c.result.recordsMapped());
        assertEquals(10, c.result.quadsEmitted());
    }

    @Test
    void hashJoinAcrossSourcesAndParentOnTheSameRecord() throws Exception {
        write("crimes.csv", "id,lsoa,force\nc1,E01,West Yorkshire\nc2,E02,West Yorkshire\nc3,E99,Kent\n");
        write("areas.csv", "code,name\nE01,Leeds 001A\nE02,Leeds 002B\nE02,Leeds 002B duplicate\n");
        Path m = mapping("""
                ex:Crime a rml:TriplesMap ;
                """ + source("crimes.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/crime/{id}" ] ;
                  rml:predicateObjectMap
                    [ rml:predicate ex:area ; rml:objectMap [ rml:parentTriplesMap ex:Area ;
                          rml:joinCondition [ rml:child "lsoa" ; rml:parent "code" ] ] ] ,
                    [ rml:predicate ex:force ; rml:objectMap [ rml:parentTriplesMap ex:Force ] ] .
                ex:Force a rml:TriplesMap ;
                """ + source("crimes.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/force/{force}" ] .
                ex:Area a rml:TriplesMap ;
                """ + source("areas.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/area/{name}" ] .
                """);
        Collected c = run(m);
        assertIsomorphic("""
                <http://example.com/crime/c1> <http://example.com/area> <http://example.com/area/Leeds%20001A> .
                <http://example.com/crime/c2> <http://example.com/area> <http://example.com/area/Leeds%20002B> .
                <http://example.com/crime/c2> <http://example.com/area> <http://example.com/area/Leeds%20002B%20duplicate> .
                <http://example.com/crime/c1> <http://example.com/force> <http://example.com/force/West%20Yorkshire> .
                <http://example.com/crime/c2> <http://example.com/force> <http://example.com/force/West%20Yorkshire> .
                <http://example.com/crime/c3> <http://example.com/force> <http://example.com/force/Kent> .
                """, c);
        assertEquals(6, c.result.recordsRead(), "each source is read once for mapping (join index passes not counted)");
    }

    @Test
    void eachRecordReachesTheSinkOnceWithTheQuadsOfEveryTriplesMap() throws Exception {
        write("s.csv", "a,b\n1,x\n2,y\n");
        Path m = mapping("""
                ex:A a rml:TriplesMap ;
                """ + source("s.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/a/{a}" ; rml:class ex:A ] .
                ex:B a rml:TriplesMap ;
                """ + source("s.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/b/{b}" ; rml:class ex:B ] .
                """);
        Collected c = run(m);
        assertEquals(2, c.records.size());
        assertEquals(2, c.quads.get(0).size());
        assertEquals(new SourceRecord("s.csv", 1, "line 2"), c.records.get(0));
        assertEquals(new SourceRecord("s.csv", 2, "line 3"), c.records.get(1));
        assertEquals(1, c.result.perSource().size());
        assertEquals(4, c.result.perSource().get("s.csv").quadsEmitted());
    }

    @Test
    void functionsConditionsAndFunctionErrors() throws Exception {
        write("crimes.csv", "Crime ID,Month,Crime type,Context\nab12,Feb-25,Violence and sexual offences,\n"
                + ",2025-02,Anti-social behaviour,Park\nzz99,Fbe-25,Burglary,\n");
        Path m = mapping("""
                ex:Crime a rml:TriplesMap ;
                """ + source("crimes.csv") + """
                  rml:subjectMap [ rml:functionExecution [ rml:function odslfn:concat ;
                      rml:input [ rml:parameter odslfn:prefix ; rml:inputValue "id/crime/" ] ,
                                [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:functionExecution [
                                    rml:function odslfn:recordKey ;
                                    rml:input [ rml:parameter odslfn:key ; rml:inputValueMap [ rml:reference "Crime ID" ] ] ,
                                              [ rml:parameter odslfn:content ; rml:inputValueMap [ rml:template "{Month}|{Crime type}|{Context}" ] ] ] ] ] ] ] ;
                  rml:predicateObjectMap
                    [ rml:predicate ex:month ; rml:objectMap [ rml:termType rml:IRI ; rml:functionExecution [
                          rml:function odslfn:concat ;
                          rml:input [ rml:parameter odslfn:prefix ; rml:inputValue "http://reference.data.gov.uk/id/month/" ] ,
                                    [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:functionExecution [
                                        rml:function odslfn:month ;
                                        rml:input [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:reference "Month" ] ] ] ] ] ] ] ] ,
                    [ rml:predicate ex:type ; rml:objectMap [ rml:termType rml:IRI ; rml:functionExecution [
                          rml:function odslfn:concat ;
                          rml:input [ rml:parameter odslfn:prefix ; rml:inputValue "http://example.com/type/" ] ,
                                    [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:functionExecution [
                                        rml:function odslfn:slug ;
                                        rml:input [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:reference "Crime type" ] ] ] ] ] ] ] ] ,
                    [ rml:predicate ex:id ; rml:objectMap [ rml:reference "Crime ID" ; rml:condition [ rml:functionExecution [
                          rml:function odslfn:notEmpty ;
                          rml:input [ rml:parameter odslfn:value ; rml:inputValueMap [ rml:reference "Crime ID" ] ] ] ] ] ] .
                """);
        Collected c = run(m, MapOptions.defaults());
        assertEquals(2, c.result.recordsMapped());
        assertEquals(1, c.result.recordsFailed());
        RecordError e = c.errors.get(0);
        assertEquals(new SourceRecord("crimes.csv", 3, "line 4"), e.record());
        assertEquals("Month", e.field());
        assertEquals("\"Fbe-25\" is not a month (expected YYYY-MM or Mon-YY)", e.reason());
        assertEquals("ex:Crime", e.triplesMap());
        List<String> subjects = c.quads.stream().flatMap(List::stream).map(q -> q.getSubject().getURI()).distinct()
                .toList();
        assertEquals(2, subjects.size());
        assertEquals("https://odsl.org.uk/id/crime/ab12", subjects.get(0));
        assertTrue(subjects.get(1).matches("https://odsl.org.uk/id/crime/[0-9a-f]{16}-1"), subjects.get(1));
        assertTrue(c.quads.get(0).stream().anyMatch(q -> q.getObject().toString()
                .equals("http://example.com/type/violence-and-sexual-offences")));
        assertEquals(3, c.quads.get(0).size());
        assertEquals(2, c.quads.get(1).size(), "no ex:id for an empty Crime ID");
    }

    @Test
    void strictModeStopsAtTheFirstRecordError() throws Exception {
        write("s.csv", "id,age\n1,34\n2,abc\n3,5\n");
        Path m = mapping("""
                ex:P a rml:TriplesMap ;
                """ + source("s.csv") + """
                  rml:subjectMap [ rml:template "http://example.com/{id}" ] ;
                  rml:predicateObjectMap [ rml:predicate ex:age ; rml:objectMap [ rml:reference "age" ; rml:datatype xsd:integer ] ] .
                """);
        Collected lenient = run(m);
        assertEquals(2, lenient.result.recordsMapped());
        RecordError e = lenient.errors.get(0);
        assertEquals("age", e.field());
        assertEquals("\"abc\" is not a valid xsd:integer", e.reason());
        assertEquals("s.csv, line 3, field 'age': \"abc\" is not a valid xsd:integer [ex:P]", e.message());

        MappingException ex = assertThrows(MappingException.class,
                () -> run(m, MapOptions.defaults().withStrict(true)));
        assertTrue(ex.getMessage().contains("line 3"), ex.getMessage());
    }

    @Test
    void invalidIriFromDataIsARecordError() throws Exception {
        write("s.csv", "name\nhttp://example.com/ok\nJuan Daniel\n");
        Path m = mapping("ex:P a rml:TriplesMap ;\n" + source("s.csv")
                + "  rml:subjectMap [ rml:reference \"name\" ; rml:class ex:C ] .\n");
        Collected c = run(m);
        assertEquals(1, c.result.recordsFailed());
        assertEquals("<http://example.com/base/Juan Daniel> is not a valid IRI: contains a space",
                c.errors.get(0).reason());
    }

    @Test
    void csvLineNumbersBomCrlfQuotedNewlinesAndBadRows() throws Exception {
        write("s.csv", "\uFEFFid,note,n\r\n1,\"two\r\nlines\",x\r\n2\r\n3,ok,y,extra\r\n4,\"a, b\",z\r\n");
        Path m = mapping("ex:P a rml:TriplesMap ;\n" + source("s.csv")
                + "  rml:subjectMap [ rml:template \"http://example.com/{id}\" ] ;\n"
                + "  rml:predicateObjectMap [ rml:predicate ex:note ; rml:objectMap [ rml:reference \"note\" ] ] .\n");
        Collected c = run(m);
        assertEquals(4, c.result.recordsRead());
        assertEquals(2, c.result.recordsMapped());
        assertEquals("line 2", c.records.get(0).position());
        assertEquals("line 6", c.records.get(1).position());
        assertEquals("two\r\nlines", c.quads.get(0).get(0).getObject().getLiteralLexicalForm());
        assertEquals("the row has 1 field but the header has 3 (truncated row)", c.errors.get(0).reason());
        assertEquals("s.csv, line 4, field '(row)': the row has 1 field but the header has 3 (truncated row) [ex:P]",
                c.errors.get(0).message());
        assertEquals("the row has 4 fields but the header has 3 (over-long row)", c.errors.get(1).reason());
        assertEquals("line 5", c.errors.get(1).record().position());
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRecord() throws Exception {
        Files.write(dir.resolve("s.csv"), new byte[] {'i', 'd', '\n', '1', '\n', (byte) 0xA3, '5', '\n'});
        Path m = mapping("ex:P a rml:TriplesMap ;\n" + source("s.csv")
                + "  rml:subjectMap [ rml:template \"http://example.com/{id}\" ; rml:class ex:C ] .\n");
        Collected c = run(m);
        assertEquals(1, c.result.recordsMapped());
        assertEquals("line 3", c.errors.get(0).record().position());
        assertTrue(c.errors.get(0).reason().startsWith("the row has bytes that are not valid UTF-8"));
    }

    @Test
    void missingInputFileIsAWholeRunError() throws Exception {
        Path m = mapping("ex:P a rml:TriplesMap ;\n" + source("nowhere.csv")
                + "  rml:subjectMap [ rml:template \"http://example.com/{id}\" ] .\n");
        Collected c = new Collected();
        MappingException e = assertThrows(MappingException.class,
                () -> RmlMapper.load(m).run(MapOptions.defaults(), c));
        assertTrue(e.getMessage().contains("nowhere.csv: input file not found"), e.getMessage());
        assertTrue(e.getMessage().contains("ex:P"), e.getMessage());
        assertTrue(c.records.isEmpty());
    }

    @Test
    void missingColumnIsAWholeRunErrorBeforeAnyOutput() throws Exception {
        write("good.csv", "id\n1\n");
        write("bad.csv", "id,name\n1,x\n");
        Path m = mapping("ex:A a rml:TriplesMap ;\n" + source("good.csv")
                + "  rml:subjectMap [ rml:template \"http://example.com/{id}\" ] .\n"
                + "ex:B a rml:TriplesMap ;\n" + source("bad.csv")
                + "  rml:subjectMap [ rml:template \"http://example.com/{id}\" ] ;\n"
                + "  rml:predicateObjectMap [ rml:predicate ex:n ; rml:objectMap [ rml:reference \"Nmae\" ] ] .\n");
        Collected c = new Collected();
        MappingException e = assertThrows(MappingException.class,
                () -> RmlMapper.load(m).run(MapOptions.defaults(), c));
        assertEquals("bad.csv: no column 'Nmae' (used by triples map ex:B, rml:predicateObjectMap/rml:objectMap/"
                + "rml:reference); the header is: id, name", e.getMessage());
        assertTrue(c.records.isEmpty(), "no output at all");
    }

    @Test
    void inputOverridesByPathNameOrForTheOnlySource() throws Exception {
        write("other.csv", "id\n7\n");
        Path m = mapping("""
                <#Src> a rml:LogicalSource ; rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ;
                    rml:path "street.csv" ] ; rml:referenceFormulation rml:CSV .
                ex:P a rml:TriplesMap ; rml:logicalSource <#Src> ;
                  rml:subjectMap [ rml:template "http://example.com/{id}" ; rml:class ex:C ] .
                """);
        for (String key : List.of("", "street.csv", "Src")) {
            Collected c = run(m, MapOptions.defaults().withInput(key, dir.resolve("other.csv")));
            assertEquals(1, c.result.recordsMapped(), key);
            assertEquals(dir.resolve("other.csv").toString(), c.records.get(0).source());
        }
        MappingException e = assertThrows(MappingException.class,
                () -> run(m, MapOptions.defaults().withInput("nope.csv", dir.resolve("other.csv"))));
        assertTrue(e.getMessage().contains("no logical source named 'nope.csv'; the sources are: street.csv"),
                e.getMessage());
    }

    @Test
    void brokenMappingsNameTheFileTheTriplesMapAndTheProperty() throws Exception {
        write("s.csv", "id\n1\n");
        String ls = source("s.csv");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:predicateObjectMap [ rml:predicate ex:p ; rml:object ex:o ] .",
                "triples map ex:P, rml:subject|rml:subjectMap: a triples map needs exactly one subject map");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"http://e/{id}\" ; rml:termType rml:Iri ] .",
                "triples map ex:P, rml:subjectMap/rml:termType: rml:termType is one of rml:IRI");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"http://e/{id}\" ; rml:termType rml:Literal ] .",
                "triples map ex:P, rml:subjectMap/rml:termType: a subject cannot be a literal");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"http://e/{id\" ] .",
                "triples map ex:P, rml:subjectMap/rml:template: template \"http://e/{id\" has a '{' that is never closed");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:functionExecution [ rml:function odslfn:slug ;"
                + " rml:input [ rml:parameter odslfn:text ; rml:inputValueMap [ rml:reference \"id\" ] ] ] ] .",
                "triples map ex:P, rml:subjectMap/rml:functionExecution/rml:input/rml:parameter: function odslfn:slug"
                        + " has no parameter odslfn:text (it declares: odslfn:value)");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:functionExecution [ rml:function odslfn:nope ] ] .",
                "triples map ex:P, rml:subjectMap/rml:functionExecution/rml:function: unknown function odslfn:nope");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x\" ] ;\n"
                + " rml:predicateObjectMap [ rml:objectMap [ rml:reference \"id\" ] ] .",
                "triples map ex:P, rml:predicateObjectMap/rml:predicate|rml:predicateMap: a predicate-object map needs");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x\" ] ;\n"
                + " rml:predicateObjectMap [ rml:predicate ex:p ; rml:objectMap [ rml:reference \"id\" ; rml:language \"a-english\" ] ] .",
                "triples map ex:P, rml:predicateObjectMap/rml:objectMap/rml:language: \"a-english\" is not a valid language tag");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x\" .",
                "not valid RDF: line ");
    }

    /** Broken structure is caught by the RML shapes (src/main/resources/odsl/rml/rml-shapes.ttl) before compiling. */
    @Test
    void shapesNameTheTriplesMapAndThePropertyPath() throws Exception {
        write("s.csv", "id\n1\n");
        String ls = source("s.csv");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x/{id}\" ] ;\n"
                + " rml:predicateObjectMap [ rml:predicate ex:p ; rml:objectMap [ rml:reference \"id\" ; rml:template \"{id}\" ] ] .",
                "triples map ex:P, rml:predicateObjectMap/rml:objectMap/rml:constant|rml:reference|rml:template"
                        + "|rml:functionExecution: a term map has at most one of");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x/{id}\" ] ;\n"
                + " rml:predicateObjectMap [ rml:predicate ex:p ; rml:objectMap [ rml:reference \"id\" ;"
                + " rml:datatype ex:T ; rml:language \"en\" ] ] .",
                "triples map ex:P, rml:predicateObjectMap/rml:objectMap/rml:datatype|rml:datatypeMap|rml:language"
                        + "|rml:languageMap: an object map has at most one of");
        assertBroken("ex:P a rml:TriplesMap ;\n" + ls + " rml:subjectMap [ rml:template \"x/{id}\" ] ;\n"
                + " rml:predicateObjectMap [ rml:predicate ex:p ; rml:objectMap [ rml:parentTriplesMap ex:P ;"
                + " rml:joinCondition [ rml:child \"id\" ] ] ] .",
                "triples map ex:P, rml:predicateObjectMap/rml:objectMap/rml:joinCondition/rml:parent|rml:parentMap:"
                        + " a join condition needs exactly one of rml:parent and rml:parentMap");
        assertBroken("ex:P a rml:TriplesMap ;\n rml:logicalSource [ rml:referenceFormulation rml:CSV ] ;\n"
                + " rml:subjectMap [ rml:template \"x/{id}\" ; rml:class \"Person\" ] .",
                "triples map ex:P, rml:logicalSource/rml:source: a logical source needs exactly one rml:source");
        assertBroken("ex:P a rml:TriplesMap ;\n rml:logicalSource [ rml:referenceFormulation rml:CSV ] ;\n"
                + " rml:subjectMap [ rml:template \"x/{id}\" ; rml:class \"Person\" ] .",
                "triples map ex:P, rml:subjectMap/rml:class: rml:class is an IRI");
    }

    private void assertBroken(String body, String expected) throws IOException {
        Path m = mapping(body);
        MappingException e = assertThrows(MappingException.class, () -> RmlMapper.load(m));
        assertTrue(e.getMessage().startsWith(m.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }
}
