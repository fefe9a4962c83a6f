package org.opendatasaveslives.odsl.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.map.JsonRecordCheck.Fault;

/** SchemaValidator against schemas/dash-risk-assessment.schema.json: what passes, and the pointer and message of faults. */
class SchemaValidatorTest {
    static final Path DASH = Path.of("schemas/dash-risk-assessment.schema.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static ObjectNode record() {
        ObjectNode r = JSON.createObjectNode();
        r.put("force", "Kent Police");
        r.put("assessmentId", "KENT-DASH-25-000001");
        r.put("incidentDate", "2025-03-01");
        r.put("assessmentDate", "2025-03-02");
        r.put("victimReference", "SYNTHETIC-KENT-P-000001");
        r.put("perpetratorReference", "SYNTHETIC-KENT-P-000002");
        ObjectNode answers = r.putObject("answers");
        for (int q = 1; q <= 27; q++) {
            answers.putObject(String.format("q%02d", q)).put("answer", "not-known").put("detail", "free text");
        }
        r.put("riskLevel", "high");
        r.putObject("maracReferral").put("referred", true).put("date", "2025-03-05");
        return r;
    }

    @Test
    void aCompleteRecordPasses() throws Exception {
        SchemaValidator schema = SchemaValidator.load(DASH);
        assertNull(schema.check(record()));
        ObjectNode byCode = record().put("force", "E23000032");
        assertNull(schema.check(byCode), "a police force area code names the force too");
    }

    @Test
    void eachFaultHasItsPointerAndMessage() throws Exception {
        SchemaValidator schema = SchemaValidator.load(DASH);
        ObjectNode r = record();
        ((ObjectNode) r.get("answers")).remove("q27");
        assertEquals(new Fault("/answers/q27", "required property 'q27' not found", "dash-risk-assessment.schema.json",
            "schema"), schema.check(r));
        Fault unknownForce = schema.check(record().put("force", "Atlantis Police"));
        assertEquals("/force", unknownForce.pointer());
        Fault noDate = schema.check(record().set("maracReferral", JSON.createObjectNode().put("referred", true)));
        assertEquals("/maracReferral/date", noDate.pointer(), noDate.toString());
        Fault dateWithoutReferral = schema.check(record().set("maracReferral",
            JSON.createObjectNode().put("referred", false).put("date", "2025-03-05")));
        assertEquals("/maracReferral", dateWithoutReferral.pointer(), dateWithoutReferral.toString());
        Fault extra = schema.check(record().put("victimName", "not allowed"));
        assertTrue(extra.message().contains("'victimName' is not defined in the schema"), extra.message());
    }

    @Test
    void severalFaultsAreAllNamedFirstByPointer() throws Exception {
        SchemaValidator schema = SchemaValidator.load(DASH);
        ObjectNode r = record().put("incidentDate", "2025-13-01").put("riskLevel", "severe");
        List<Fault> faults = schema.faults(r);
        assertEquals(List.of("/incidentDate", "/riskLevel"), faults.stream().map(Fault::pointer).distinct().toList());
        Fault first = schema.check(r);
        assertEquals("/incidentDate", first.pointer());
        assertTrue(first.message().contains("; /riskLevel: does not have a value in the enumeration"), first.message());
    }

    @Test
    void messagesNeverRepeatThePersonReference() throws Exception {
        SchemaValidator schema = SchemaValidator.load(DASH);
        Fault f = schema.check(record().put("victimReference", "NOT A VALID REF!"));
        assertEquals("/victimReference", f.pointer());
        assertTrue(!f.message().contains("NOT A VALID REF"), f.message());
    }

    @Test
    void aBrokenSchemaFileIsRefused() throws Exception {
        Path notJson = Files.writeString(tmp.resolve("broken.schema.json"), "{ \"type\": ");
        assertThrows(InvalidInputException.class, () -> SchemaValidator.load(notJson));
        Path array = Files.writeString(tmp.resolve("array.schema.json"), "[]");
        assertThrows(InvalidInputException.class, () -> SchemaValidator.load(array));
        assertThrows(InvalidInputException.class, () -> SchemaValidator.load(tmp.resolve("missing.json")));
    }
}
