package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.validate.SchemaValidator;

/**
 * The synthetic FHIR bundles: one per acute trust of the people known to HEALTH, valid against the schema, the same
 * for the same seed, patients as HEALTH recorded them, and more injury attendances at A&E for people known to POLICE.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirBundleFilesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long SEED = DemoDataGenerator.DEFAULT_SEED;

    @TempDir
    Path tmp;
    List<SyntheticPerson> people;
    List<GeneratedFile> files;
    Path data;

    @BeforeAll
    void generate(@TempDir Path dir) {
        people = SyntheticPeople.generate(SEED, 1);
        data = dir.resolve("data");
        files = FhirBundleFiles.writeFhirBundles(data, SEED, 1, people);
    }

    private JsonNode bundle(GeneratedFile file) throws Exception {
        return JSON.readTree(data.resolve(file.relativePath()).toFile());
    }

    @Test
    void oneBundlePerAcuteTrustOfThePeopleKnownToHealth() throws Exception {
        Set<String> trusts = new TreeSet<>();
        people.stream().filter(p -> p.isKnownTo(Agency.HEALTH)).forEach(p -> trusts.add(p.acuteTrustOdsCode()));
        assertEquals(trusts.stream().map(FhirBundleFiles::relativePath).toList(),
            files.stream().map(GeneratedFile::relativePath).toList());
        long patients = 0;
        for (GeneratedFile file : files) {
            JsonNode bundle = bundle(file);
            assertEquals(file.rows(), bundle.get("entry").size());
            for (JsonNode entry : bundle.get("entry")) {
                patients += entry.get("resource").get("resourceType").asText().equals("Patient") ? 1 : 0;
            }
        }
        assertEquals(people.stream().filter(p -> p.isKnownTo(Agency.HEALTH)).count(), patients);
    }

    @Test
    void everyBundleIsValidAgainstTheSchema() throws Exception {
        SchemaValidator schema = SchemaValidator.load(Path.of("schemas/fhir-r4-bundle.schema.json"));
        for (GeneratedFile file : files) {
            assertEquals(List.of(), schema.faults(bundle(file)), file.relativePath());
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws Exception {
        List<GeneratedFile> again = FhirBundleFiles.writeFhirBundles(tmp.resolve("again"), SEED, 1, people);
        List<GeneratedFile> other = FhirBundleFiles.writeFhirBundles(tmp.resolve("other"), SEED + 1, 1, people);
        assertEquals(files, again);
        for (GeneratedFile file : files) {
            byte[] first = Files.readAllBytes(data.resolve(file.relativePath()));
            assertArrayEquals(first, Files.readAllBytes(tmp.resolve("again").resolve(file.relativePath())));
            assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(tmp.resolve("other").resolve(file.relativePath()))));
        }
        assertTrue(other.size() == files.size());
    }

    @Test
    void patientsAreAsHealthRecordedThemAtTheirTrust() throws Exception {
        Map<String, SyntheticPerson> byNhsNumber = new HashMap<>();
        people.forEach(p -> byNhsNumber.put(p.nhsNumber(), p));
        for (GeneratedFile file : files) {
            for (JsonNode entry : bundle(file).get("entry")) {
                JsonNode r = entry.get("resource");
                if (!r.get("resourceType").asText().equals("Patient")) {
                    continue;
                }
                SyntheticPerson person = byNhsNumber.get(r.get("identifier").get(0).get("value").asText());
                SyntheticPerson.Recorded recorded = person.recordedBy(Agency.HEALTH);
                assertEquals(FhirBundleFiles.relativePath(person.acuteTrustOdsCode()), file.relativePath());
                assertEquals(recorded.familyName(), r.get("name").get(0).get("family").asText());
                assertEquals(recorded.birthDate().toString(), r.get("birthDate").asText());
                assertEquals(person.postcode(), r.get("address").get(0).get("postalCode").asText());
                assertEquals(person.gpPracticeOdsCode(), r.get("generalPractitioner").get(0).get("identifier")
                    .get("value").asText());
            }
        }
    }

    /** Injury reasons of A&E encounters per person, for people known to POLICE and the others. */
    @Test
    void peopleKnownToThePoliceHaveMoreInjuryAttendancesAtAe() throws Exception {
        Set<String> injuries = Set.of("370247008", "62106007", "33737001", "284549007", "65966004", "44465007",
            "359817006");
        Map<String, SyntheticPerson> byNhsNumber = new HashMap<>();
        people.forEach(p -> byNhsNumber.put(p.nhsNumber(), p));
        long[] police = new long[2];
        long[] others = new long[2];
        for (GeneratedFile file : files) {
            Map<String, SyntheticPerson> byUrl = new HashMap<>();
            JsonNode entries = bundle(file).get("entry");
            for (JsonNode entry : entries) {
                JsonNode r = entry.get("resource");
                if (r.get("resourceType").asText().equals("Patient")) {
                    SyntheticPerson person = byNhsNumber.get(r.get("identifier").get(0).get("value").asText());
                    byUrl.put(entry.get("fullUrl").asText(), person);
                    (person.isKnownTo(Agency.POLICE) ? police : others)[0]++;
                }
            }
            for (JsonNode entry : entries) {
                JsonNode r = entry.get("resource");
                if (r.get("resourceType").asText().equals("Encounter") && r.get("class").get("code").asText().equals("EMER")
                        && injuries.contains(r.get("reasonCode").get(0).get("coding").get(0).get("code").asText())) {
                    (byUrl.get(r.get("subject").get("reference").asText()).isKnownTo(Agency.POLICE) ? police : others)[1]++;
                }
            }
        }
        double policeRate = (double) police[1] / police[0];
        double otherRate = (double) others[1] / others[0];
        assertTrue(police[0] > 50 && others[0] > 50, police[0] + " / " + others[0]);
        assertTrue(policeRate > 2 * otherRate, "injury attendances per person: police " + policeRate + ", others "
            + otherRate);
    }
}
