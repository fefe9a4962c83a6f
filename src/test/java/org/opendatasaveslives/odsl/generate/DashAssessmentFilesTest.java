package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.validate.SchemaValidator;

/** The synthetic DASH assessments: deterministic, schema-valid, January–March 2025, plainly synthetic people. */
class DashAssessmentFilesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        DashAssessmentFiles.writeDashAssessments(tmp.resolve("a"), 7, 1);
        DashAssessmentFiles.writeDashAssessments(tmp.resolve("b"), 7, 1);
        DashAssessmentFiles.writeDashAssessments(tmp.resolve("c"), 8, 1);
        for (PoliceForce force : PoliceForce.values()) {
            String path = DashAssessmentFiles.relativePath(force);
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(path)),
                Files.readAllBytes(tmp.resolve("b").resolve(path)));
            assertFalse(Files.readString(tmp.resolve("a").resolve(path)).equals(
                Files.readString(tmp.resolve("c").resolve(path))));
        }
    }

    @Test
    void everyRecordPassesTheSchemaAndLiesInTheFirstQuarterOf2025() throws Exception {
        List<GeneratedFile> files = DashAssessmentFiles.writeDashAssessments(tmp, 42, 2);
        assertEquals(2, files.size());
        SchemaValidator schema = SchemaValidator.load(Path.of("schemas/dash-risk-assessment.schema.json"));
        for (GeneratedFile file : files) {
            JsonNode records = JSON.readTree(tmp.resolve(file.relativePath()).toFile());
            assertEquals(file.rows(), records.size());
            Set<String> ids = new HashSet<>();
            for (JsonNode r : records) {
                assertNull(schema.check(r), r.toString());
                assertTrue(ids.add(r.get("assessmentId").asText()));
                LocalDate incident = LocalDate.parse(r.get("incidentDate").asText());
                assertFalse(incident.isBefore(DashAssessmentFiles.FIRST_DAY) || incident.isAfter(DashAssessmentFiles.LAST_DAY));
                assertFalse(LocalDate.parse(r.get("assessmentDate").asText()).isBefore(incident));
                assertTrue(r.get("victimReference").asText().matches("SYNTHETIC-(WYP|KENT)-P-[0-9]{6}"));
                assertFalse(r.get("victimReference").equals(r.get("perpetratorReference")));
            }
        }
    }

    @Test
    void assessmentsAreAboutPeopleThePoliceKnowWithTheNhsNumberTheForceRecorded() throws Exception {
        List<SyntheticPerson> population = SyntheticPeople.generate(3, 1);
        Map<String, SyntheticPerson> byReference = new HashMap<>();
        population.forEach(p -> byReference.put(p.policeReference(), p));
        new DashAssessmentFiles(population).write(tmp, 3, 1);
        int withNhsNumber = 0;
        for (PoliceForce force : PoliceForce.values()) {
            for (JsonNode r : JSON.readTree(tmp.resolve(DashAssessmentFiles.relativePath(force)).toFile())) {
                for (String role : List.of("victim", "perpetrator")) {
                    SyntheticPerson person = byReference.get(r.get(role + "Reference").asText());
                    assertTrue(person.isKnownTo(Agency.POLICE), person.policeReference());
                    assertEquals(force, person.force());
                    JsonNode nhsNumber = r.get(role + "NhsNumber");
                    assertEquals(DashAssessmentFiles.forceRecordsNhsNumber(person), nhsNumber != null);
                    if (nhsNumber != null) {
                        assertEquals(person.nhsNumber(), nhsNumber.asText().replace(" ", ""));
                        withNhsNumber++;
                    }
                }
            }
        }
        assertTrue(withNhsNumber > 0, "some records carry an NHS number");
    }
}
