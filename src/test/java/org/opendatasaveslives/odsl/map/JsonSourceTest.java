package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON logical sources and JSONPath (RFC 9535; the full suite is JsonPathComplianceTest). */
class JsonSourceTest {
    @TempDir
    Path dir;

    private static final String JSON = """
            {"meta": {"n": 3},
             "people": [
               {"id": 1, "name": "Ann", "tags": ["a", "b"], "score": 2.5, "ok": true},
               {"id": 2, "name": "Bo", "tags": [], "score": null, "ok": false},
               {"id": 3, "name": "Cy", "address": {"town": "Leeds"}}
             ]}
            """;

    private List<String> select(String path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(JSON);
        List<String> out = new ArrayList<>();
        JsonPath.parse(path).select(root).forEach(n -> out.add(n.isTextual() ? n.textValue() : n.toString()));
        return out;
    }

    @Test
    void jsonPathSelectors() throws IOException {
        assertEquals(List.of("Ann", "Bo", "Cy"), select("$.people[*].name"));
        assertEquals(List.of("Ann", "Bo", "Cy"), select("$['people'][*][\"name\"]"));
        assertEquals(List.of("Cy"), select("$.people[-1].name"));
        assertEquals(List.of("Ann", "Bo"), select("$.people[0:2].name"));
        assertEquals(List.of("Cy", "Ann"), select("$.people[::-2].name"));
        assertEquals(List.of("1", "Ann"), select("$.people[0]['id','name']"));
        assertEquals(List.of("Leeds"), select("$..town"));
        assertEquals(List.of("a", "b"), select("$.people[0].tags[*]"));
        assertEquals(List.of(), select("$.nothing.here"));
        assertEquals(List.of("Bo"), select("$.people[?@.id == 2].name"));
        assertEquals(List.of("Ann", "Cy"), select("$.people[?@.ok == true || @.address].name"));
        assertEquals(List.of("Ann"), select("$.people[?count(@.tags[*]) > 1 && match(@.name, 'A.*')].name"));
        assertEquals(List.of("Bo", "Cy"), select("$.people[?!(@.score > 2)].name"));
        assertEquals(List.of("Cy"), select("$.people[?@.id == $.meta.n].name"));
        assertEquals(List.of("Cy"), select("$.people[?search(@.address.town, 'ee')].name"));
        for (String bad : List.of("people", "$.people[?@.id=1]", "$.people[", "$..", "$.'x'", "$[1:2:x]",
                "$.people[?@.*==1]", "$.people[?length(@.name)]", "$.people[?match(@.name)]", "$[01]", "$.a ")) {
            assertThrows(IllegalArgumentException.class, () -> JsonPath.parse(bad), bad);
        }
        assertEquals(List.of("people"), JsonPath.parse("$.people[*]").leadingNames());
        assertEquals(List.of("people"), JsonPath.parse("$.people[?@.id > 1]").leadingNames());
        assertEquals(null, JsonPath.parse("$.people[?@.id == $.meta.n]").leadingNames(), "needs the whole document");
        assertEquals(null, JsonPath.parse("$..people[*]").leadingNames());
    }

    @Test
    void jsonPathErrorsNameThePathAndPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonPath.parse("$.entry[?@.resource.resourceType = 'Patient']"));
        assertEquals("invalid JSONPath \"$.entry[?@.resource.resourceType = 'Patient']\" at position 34:"
                + " = is not an operator: use ==", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$.people[?@.tags[*] == 'a']"));
        assertTrue(e.getMessage().contains("at position 11: a comparison needs singular queries"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JsonPath.parse("$[?size(@) == 1]"));
        assertTrue(e.getMessage().contains("at position 4: unknown function size()"), e.getMessage());
    }

    private RmlMapperTest.Collected run(String iterator, String poms) throws Exception {
        Files.writeString(dir.resolve("people.json"), JSON);
        Path m = dir.resolve("m.ttl");
        Files.writeString(m, """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix ex: <http://example.com/> .
                ex:P a rml:TriplesMap ;
                  rml:logicalSource [ rml:source "people.json" ; rml:referenceFormulation rml:JSONPath ;
                                      rml:iterator "%s" ] ;
                  rml:subjectMap [ rml:template "http://example.com/p/{$.id}" ] ;
                  rml:predicateObjectMap %s .
                """.formatted(iterator, poms));
        RmlMapperTest.Collected c = new RmlMapperTest.Collected();
        c.result = RmlMapper.load(m).run(MapOptions.defaults(), c);
        return c;
    }

    @Test
    void streamedIteratorGivesPositionsAndNaturalDatatypes() throws Exception {
        RmlMapperTest.Collected c = run("$.people[*]", """
                [ rml:predicate ex:name ; rml:objectMap [ rml:reference "$.name" ] ] ,
                [ rml:predicate ex:tag ; rml:objectMap [ rml:reference "$.tags[*]" ] ] ,
                [ rml:predicate ex:score ; rml:objectMap [ rml:reference "$.score" ] ] ,
                [ rml:predicate ex:ok ; rml:objectMap [ rml:reference "$.ok" ] ]""");
        assertEquals(3, c.result.recordsMapped());
        assertEquals("$.people[1]", c.records.get(1).position());
        List<String> first = c.quads.get(0).stream().map(q -> q.getObject().toString()).sorted().toList();
        assertEquals(List.of("\"2.5\"^^xsd:double", "\"Ann\"", "\"a\"", "\"b\"", "\"true\"^^xsd:boolean"), first);
        assertEquals(2, c.quads.get(1).size(), "null score and no tags give no triples");
    }

    @Test
    void treeIteratorAndNonScalarReferences() throws Exception {
        RmlMapperTest.Collected c = run("$..people[*]", """
                [ rml:predicate ex:address ; rml:objectMap [ rml:reference "$.address" ] ]""");
        assertEquals(2, c.result.recordsMapped());
        assertEquals(1, c.result.recordsFailed());
        RecordError e = c.errors.get(0);
        assertEquals("$.people[2]", e.record().position());
        assertEquals("$.address", e.field());
        assertTrue(e.reason().startsWith("refers to a JSON object, not a value"), e.reason());
    }

    @Test
    void badJsonPathIsAMappingError() throws Exception {
        MappingException e = assertThrows(MappingException.class, () -> run("$.people[*]", """
                [ rml:predicate ex:name ; rml:objectMap [ rml:reference "$.name[" ] ]"""));
        assertTrue(e.getMessage().contains("triples map ex:P, rml:predicateObjectMap/rml:objectMap/rml:reference:"
                + " invalid JSONPath \"$.name[\""), e.getMessage());
    }
}
