package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The value of a sensitive function ({@code odslfn:nhsNumber}) never appears in a record error: not when a function
 * computing its input fails, not when a function or a term computed from its result fails.
 */
class SensitiveValuesTest {
    private static final String NUMBER = "999 765 4323";

    @TempDir
    Path dir;

    private List<RecordError> errors(String objectMap) throws Exception {
        Files.writeString(dir.resolve("people.csv"), "id,nhs\nA," + NUMBER + "\n");
        Path mapping = Files.writeString(dir.resolve("m.ttl"), """
                @prefix rml: <http://w3id.org/rml/> .
                @prefix odslfn: <https://odsl.org.uk/def/function/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <#P> a rml:TriplesMap ;
                  rml:logicalSource [ rml:referenceFormulation rml:CSV ;
                    rml:source [ a rml:RelativePathSource ; rml:root rml:MappingDirectory ; rml:path "people.csv" ] ] ;
                  rml:subjectMap [ rml:template "http://example.com/{id}" ] ;
                  rml:predicateObjectMap [ rml:predicate <http://example.com/p> ; rml:objectMap %s ] .
                """.formatted(objectMap));
        List<RecordError> errors = new ArrayList<>();
        RmlMapper.load(mapping).run(MapOptions.defaults(), new MappedRecordSink() {
            @Override
            public void record(SourceRecord record, List<Quad> quads) {
            }

            @Override
            public void error(RecordError error) {
                errors.add(error);
            }
        });
        assertEquals(1, errors.size());
        String message = errors.get(0).message();
        for (String part : List.of("9997654323", "999 765", "765 4323", "4323", "7654")) {
            assertFalse(message.contains(part), message);
        }
        assertTrue(message.contains("withheld"), message);
        return errors;
    }

    private static String call(String fn, String inner) {
        return "[ rml:functionExecution [ rml:function odslfn:" + fn + " ; rml:input [ rml:parameter odslfn:value ;"
            + " rml:inputValueMap " + inner + " ] ] ]";
    }

    @Test
    void aFunctionComputingTheInputFailsWithoutQuotingIt() throws Exception {
        errors(call("nhsNumber", call("month", "[ rml:reference \"nhs\" ]")));
    }

    @Test
    void aFunctionOfTheRawResultFailsWithoutQuotingIt() throws Exception {
        errors(call("month", call("nhsNumber", "[ rml:reference \"nhs\" ]")));
    }

    @Test
    void aTermOfTheRawResultFailsWithoutQuotingIt() throws Exception {
        String term = call("nhsNumber", "[ rml:reference \"nhs\" ]");
        errors(term.substring(0, term.length() - 1) + "; rml:datatype xsd:date ]");
    }
}
