package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSONPath filters in RML mappings over a FHIR-like bundle: resources by type, identifiers by system. */
class JsonPathFhirTest {
    @TempDir
    Path dir;

    private static final String BUNDLE = """
            {"resourceType": "Bundle", "type": "collection",
             "entry": [
               {"fullUrl": "urn:uuid:o1", "resource": {"resourceType": "Organization", "id": "o1",
                 "identifier": [{"system": "https://fhir.nhs.uk/Id/ods-organization-code", "value": "RR8"}]}},
               {"fullUrl": "urn:uuid:p1", "resource": {"resourceType": "Patient", "id": "p1",
                 "identifier": [{"system": "https://example.org/mrn", "value": "MRN-1"},
                                {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990000018"}],
                 "gender": "female"}},
               {"fullUrl": "urn:uuid:e1", "resource": {"resourceType": "Encounter", "id": "e1",
                 "class": {"code": "EMER"}, "subject": {"reference": "urn:uuid:p1"}}},
               {"fullUrl": "urn:uuid:p2", "resource": {"resourceType": "Patient", "id": "p2",
                 "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990000026"}]}},
               {"fullUrl": "urn:uuid:p3", "resource": {"resourceType": "Patient", "id": "p3", "gender": "male"}}
             ]}
            """;

    private RmlMapperTest.Collected run(String iterator) throws Exception {
        Files.writeString(dir.resolve("bundle.json"), BUNDLE);
        Path m = dir.resolve("m.ttl");
        Files.writeString(m, """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix ex: <http://example.com/> .
                ex:Patient a rml:TriplesMap ;
                  rml:logicalSource [ rml:source "bundle.json" ; rml:referenceFormulation rml:JSONPath ;
                                      rml:iterator "%s" ] ;
                  rml:subjectMap [ rml:template "http://example.com/patient/{$.resource.id}" ] ;
                  rml:predicateObjectMap [ rml:predicate ex:nhsNumber ; rml:objectMap [ rml:reference
                    "$.resource.identifier[?@.system == 'https://fhir.nhs.uk/Id/nhs-number'].value" ] ] ,
                    [ rml:predicate ex:gender ; rml:objectMap [ rml:reference "$.resource.gender" ] ] .
                """.formatted(iterator));
        RmlMapperTest.Collected c = new RmlMapperTest.Collected();
        c.result = RmlMapper.load(m).run(MapOptions.defaults(), c);
        return c;
    }

    private static List<String> triples(RmlMapperTest.Collected c) {
        return c.quads.stream().flatMap(List::stream)
                .map(q -> q.getSubject().getURI().replace("http://example.com/", "") + " "
                        + q.getPredicate().getLocalName() + " " + q.getObject().getLiteralLexicalForm())
                .sorted().toList();
    }

    @Test
    void patientsByResourceTypeAndNhsNumberBySystem() throws Exception {
        for (String iterator : List.of("$.entry[?@.resource.resourceType == 'Patient']", // streamed
                "$..entry[?@.resource.resourceType == 'Patient']", // whole tree
                "$.entry[?@.resource.resourceType == 'Patient' && $.type == 'collection']")) { // uses $: tree
            RmlMapperTest.Collected c = run(iterator);
            assertEquals(3, c.result.recordsMapped(), iterator);
            assertEquals(List.of("$.entry[1]", "$.entry[3]", "$.entry[4]"),
                    c.records.stream().map(SourceRecord::position).toList(), iterator);
            assertEquals(List.of("patient/p1 gender female", "patient/p1 nhsNumber 9990000018",
                    "patient/p2 nhsNumber 9990000026", "patient/p3 gender male"), triples(c), iterator);
        }
    }

    @Test
    void functionsInIterators() throws Exception {
        RmlMapperTest.Collected c = run("$.entry[?match(@.resource.resourceType, 'Pat.*') && count(@.resource.identifier[*]) == 1]");
        assertEquals(List.of("patient/p2 nhsNumber 9990000026"), triples(c));
    }

    @Test
    void badFilterIsAMappingErrorNamingPathAndPosition() {
        MappingException e = assertThrows(MappingException.class,
                () -> run("$.entry[?@.resource.resourceType == Patient]"));
        assertTrue(e.getMessage().contains("invalid JSONPath \"$.entry[?@.resource.resourceType == Patient]\""
                + " at position 37: unexpected 'P'"), e.getMessage());
    }
}
