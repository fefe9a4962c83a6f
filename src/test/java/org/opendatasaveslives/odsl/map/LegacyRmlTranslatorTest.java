package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyRmlTranslatorTest {
    private static final String PREFIXES = """
            @prefix rr: <http://www.w3.org/ns/r2rml#> .
            @prefix rml: <http://semweb.mmlab.be/ns/rml#> .
            @prefix ql: <http://semweb.mmlab.be/ns/ql#> .
            @prefix fnml: <http://semweb.mmlab.be/ns/fnml#> .
            @prefix fno: <https://w3id.org/function/ontology#> .
            @prefix grel: <http://users.ugent.be/~bjdmeest/function/grel.ttl#> .
            @prefix ex: <http://example.com/> .
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private DatasetGraph run(Path mapping) throws MappingException {
        DatasetGraph out = DatasetGraphFactory.create();
        RmlMapper.load(mapping).run(MapOptions.defaults().withStrict(true),
                MappedRecordSinks.toStream(StreamRDFLib.dataset(out), error -> { }));
        return out;
    }

    private static void assertIsomorphic(String expectedNq, DatasetGraph actual) {
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.fromString(expectedNq, Lang.NQUADS).parse(expected);
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> "actual:\n"
                + actual.stream().map(Object::toString).sorted().reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void legacyFunctionValuesBecomeFunctionExecutions() throws Exception {
        write("people.csv", "id,name\n1,ann lee\n");
        Path m = write("mapping.ttl", PREFIXES + """
                ex:People a rr:TriplesMap ;
                  rml:logicalSource [ rml:source "people.csv" ; rml:referenceFormulation ql:CSV ] ;
                  rr:subjectMap [ rr:template "http://example.com/person/{id}" ] ;
                  rr:predicateObjectMap [ rr:predicate ex:name ; rr:objectMap [
                    fnml:functionValue [
                      rml:logicalSource [ rml:source "people.csv" ; rml:referenceFormulation ql:CSV ] ;
                      rr:predicateObjectMap [ rr:predicate fno:executes ; rr:objectMap [ rr:constant grel:toUpperCase ] ] ;
                      rr:predicateObjectMap [ rr:predicate grel:valueParam ; rr:objectMap [
                        fnml:functionValue [
                          rr:predicateObjectMap [ rr:predicateMap [ rr:constant fno:executes ] ; rr:object grel:string_trim ] ;
                          rr:predicateObjectMap [ rr:predicate grel:valueParam ; rr:objectMap [ rml:reference "name" ] ]
                        ] ] ]
                    ] ;
                    rr:termType rr:Literal ] ] .
                """);
        assertIsomorphic("<http://example.com/person/1> <http://example.com/name> \"ANN LEE\" .\n", run(m));
    }

    @Test
    void anEmptyCsvCellOfALegacyMappingGeneratesNothingAsLegacyEnginesDo() throws Exception {
        write("people.csv", "id,name,nick\n1,Ann,\n2,Bob,Bobby\n");
        Path m = write("mapping.ttl", PREFIXES + """
                ex:People a rr:TriplesMap ;
                  rml:logicalSource [ rml:source "people.csv" ; rml:referenceFormulation ql:CSV ] ;
                  rr:subjectMap [ rr:template "http://example.com/person/{id}" ] ;
                  rr:predicateObjectMap [ rr:predicate ex:nick ; rr:objectMap [ rr:column "nick" ] ] .
                """);
        assertIsomorphic("<http://example.com/person/2> <http://example.com/nick> \"Bobby\" .\n", run(m));
    }

    @Test
    void legacyJsonReferencesAreRelativeAndValuesPlainStrings() throws Exception {
        write("people.json", "{\"people\": [{\"id\": 7, \"name\": {\"first\": \"Ann\"}, \"full name\": \"Ann Lee\"}]}");
        Path m = write("mapping.ttl", PREFIXES + """
                ex:People rml:logicalSource [ rml:source "people.json" ; rml:referenceFormulation ql:JSONPath ;
                    rml:iterator "$.people[*]" ] ;
                  rr:subjectMap [ rr:template "http://example.com/person/{id}" ; rr:graph rr:defaultGraph ] ;
                  rr:predicateObjectMap [ rr:predicate ex:id ; rr:objectMap [ rml:reference "id" ] ] ,
                    [ rr:predicate ex:first ; rr:objectMap [ rml:reference "name.first" ] ] ,
                    [ rr:predicate ex:full ; rr:objectMap [ rml:reference "full name" ] ] .
                """);
        assertIsomorphic("""
                <http://example.com/person/7> <http://example.com/id> "7" .
                <http://example.com/person/7> <http://example.com/first> "Ann" .
                <http://example.com/person/7> <http://example.com/full> "Ann Lee" .
                """, run(m));
    }

    @Test
    void translationUsesOnlyTheCurrentVocabulary() {
        Model legacy = RDFParser.fromString(PREFIXES + """
                ex:T a rr:TriplesMap ; rml:logicalSource [ rml:source "a.csv" ; rml:referenceFormulation ql:CSV ] ;
                  rr:subjectMap [ rr:template "x/{a}" ; rr:termType rr:BlankNode ] ;
                  rr:predicateObjectMap [ rr:predicate ex:p ; rr:objectMap [ rr:column "b" ] ] .
                """, Lang.TURTLE).toModel();
        assertTrue(LegacyRmlTranslator.isLegacy(legacy.getGraph()));
        Model current = LegacyRmlTranslator.translate(legacy);
        assertFalse(LegacyRmlTranslator.isLegacy(current.getGraph()));
        assertEquals(Rml.NS, current.getNsPrefixURI("rml"));
        assertTrue(current.getGraph().contains(Node.ANY, Rml.reference,
                NodeFactory.createLiteralString("b")));
        assertTrue(current.getGraph().contains(Node.ANY, Rml.termType, Rml.BlankNode));
    }

    @Test
    void templatesOfJsonSourcesGetAbsolutePaths() {
        assertEquals("http://x/{$.a.b}/\\{{$['full name']}", LegacyRmlTranslator.absoluteJsonTemplate(
                "http://x/{a.b}/\\{{full name}"));
        assertEquals("$[0]", LegacyRmlTranslator.absoluteJsonPath("[0]"));
        assertEquals("$.a", LegacyRmlTranslator.absoluteJsonPath("$.a"));
        assertEquals("$.identifier[?(@.system == 'x')].value",
                LegacyRmlTranslator.absoluteJsonPath("identifier[?(@.system == 'x')].value"));
        assertEquals("$.a.b[0]", LegacyRmlTranslator.absoluteJsonPath("a.b[0]"));
        assertEquals("$['a[b']", LegacyRmlTranslator.absoluteJsonPath("a[b"));
    }
}
