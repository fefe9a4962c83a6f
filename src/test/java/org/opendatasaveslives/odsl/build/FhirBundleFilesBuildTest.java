package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.Agency;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.FhirBundleFiles;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.SyntheticPeople;
import org.opendatasaveslives.odsl.generate.SyntheticPerson;

/**
 * Builds the synthetic FHIR bundles (FhirBundleFiles, one release per trust, as the demo catalogue lists them): every
 * entry loads, with 0 rejects; A&E attendances per trust equal the JSON; each patient is the person URI of the keyed
 * pseudonym of their NHS number, the URI every other agency's records of them reach; no NHS number or name loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirBundleFilesBuildTest {
    static final String KEY = "synthetic-test-key-FHIR-generated-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    Path data;
    Path db;
    String previousKey;
    CliRun build;
    List<GeneratedFile> files;
    List<SyntheticPerson> people;

    @BeforeAll
    void build() throws Exception {
        previousKey = TestKeys.use(Files.writeString(tmp.resolve("key.txt"), KEY + "\n"));
        data = tmp.resolve("data");
        people = SyntheticPeople.generate(DemoDataGenerator.DEFAULT_SEED, 1);
        files = FhirBundleFiles.writeFhirBundles(data, DemoDataGenerator.DEFAULT_SEED, 1, people);
        Path catalog = tmp.resolve("fhir-generated.ttl");
        Files.writeString(catalog, catalog());
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", catalog.toString(), "--data", data.toString(), "--db", db.toString());
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKey);
    }

    private static String trust(GeneratedFile file) {
        String name = Path.of(file.relativePath()).getFileName().toString();
        return name.substring(0, name.indexOf('-'));
    }

    /** One restricted dataset per trust bundle, as the demo catalogue has them. */
    private String catalog() {
        StringBuilder ttl = new StringBuilder("""
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix odsl: <https://odsl.org.uk/def/odsl/> .
            <> a dcat:Catalog ; dcterms:title "Synthetic FHIR bundles (test)"@en .
            """);
        for (GeneratedFile file : files) {
            ttl.append("<fhir-").append(trust(file)).append("-2024-01-to-2025-03> a dcat:Dataset ;\n")
                .append("  dcterms:title \"Synthetic FHIR R4 bundle of trust ").append(trust(file)).append("\"@en ;\n")
                .append("  odsl:accessTier odsl:Restricted ;\n")
                .append("  odsl:mapping \"").append(Path.of("mappings/fhir-r4-bundle.rml.ttl").toAbsolutePath()).append("\" ;\n")
                .append("  odsl:shapes \"").append(Path.of("shapes/fhir.ttl").toAbsolutePath()).append("\" ;\n")
                .append("  odsl:schema \"").append(Path.of("schemas/fhir-r4-bundle.schema.json").toAbsolutePath()).append("\" ;\n")
                .append("  odsl:parameter \"source=").append(trust(file)).append("\" ;\n")
                .append("  odsl:input \"fhir-bundle.json=").append(file.relativePath()).append("\" .\n");
        }
        return ttl.toString();
    }

    @Test
    void everyGeneratedEntryLoadsWithoutRejects() {
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(files.size() >= 8, files.toString());
        for (GeneratedFile file : files) {
            assertTrue(build.out().contains("fhir-" + trust(file) + "-2024-01-to-2025-03: read " + file.rows()
                + " records, loaded " + file.rows() + ", rejected 0"), build.out());
        }
    }

    @Test
    void aeAttendancesPerTrustEqualTheJson() throws Exception {
        for (GeneratedFile file : files) {
            long emergency = 0;
            for (JsonNode entry : JSON.readTree(data.resolve(file.relativePath()).toFile()).get("entry")) {
                JsonNode r = entry.get("resource");
                emergency += r.get("resourceType").asText().equals("Encounter")
                    && r.get("class").get("code").asText().equals("EMER") ? 1 : 0;
            }
            String ods = trust(file).toUpperCase();
            assertEquals(emergency, StoreQueries.count(db, "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <https://odsl.org.uk/"
                + "graph/fhir-" + trust(file) + "-2024-01-to-2025-03> { ?e odsl:encounterClass"
                + " <http://terminology.hl7.org/CodeSystem/v3-ActCode/EMER> ; odsl:serviceProvider"
                + " <https://odsl.org.uk/id/organisation/" + ods + "> ; odsl:patient ?p ; odsl:reasonCode ?r } }"), ods);
        }
    }

    @Test
    void patientsAreTheKeyedPseudonymsOfTheirNhsNumbers() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (SyntheticPerson person : people) {
            if (person.isKnownTo(Agency.HEALTH)) {
                expected.add("https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY, person.nhsNumber()));
            }
        }
        assertEquals(expected, new TreeSet<>(StoreQueries.counts(db, "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g {"
            + " ?p odsl:pseudonymBasis odsl:NhsNumberPseudonym } } GROUP BY ?p").keySet()));
    }

    /** The example query of the report: one person's A&E attendances in a date window, from their NHS number. */
    @Test
    void aPersonsAeAttendancesInADateWindow() throws Exception {
        OffsetDateTime from = OffsetDateTime.parse("2024-06-01T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2025-01-01T00:00:00Z");
        Map<String, Long> expected = new TreeMap<>();
        for (GeneratedFile file : files) {
            Map<String, String> nhsNumbers = new HashMap<>();
            JsonNode entries = JSON.readTree(data.resolve(file.relativePath()).toFile()).get("entry");
            for (JsonNode entry : entries) {
                if (entry.get("resource").get("resourceType").asText().equals("Patient")) {
                    nhsNumbers.put(entry.get("fullUrl").asText(),
                        entry.get("resource").get("identifier").get(0).get("value").asText());
                }
            }
            for (JsonNode entry : entries) {
                JsonNode r = entry.get("resource");
                if (r.get("resourceType").asText().equals("Encounter") && r.get("class").get("code").asText().equals("EMER")) {
                    OffsetDateTime start = OffsetDateTime.parse(r.get("period").get("start").asText());
                    if (!start.isBefore(from) && start.isBefore(to)) {
                        expected.merge(nhsNumbers.get(r.get("subject").get("reference").asText()), 1L, Long::sum);
                    }
                }
            }
        }
        String nhsNumber = expected.entrySet().stream().filter(e -> e.getValue() >= 2).findFirst().orElseThrow().getKey();
        String person = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY, nhsNumber);
        assertEquals(Map.of(person, expected.get(nhsNumber)), StoreQueries.counts(db, """
            SELECT ?person (COUNT(?encounter) AS ?n) WHERE {
              VALUES ?person { <%s> }
              ?encounter odsl:patient ?person ;
                         odsl:encounterClass <http://terminology.hl7.org/CodeSystem/v3-ActCode/EMER> ;
                         odsl:periodStart ?start ;
                         odsl:serviceProvider ?provider .
              FILTER(?start >= "2024-06-01T00:00:00Z"^^xsd:dateTime && ?start < "2025-01-01T00:00:00Z"^^xsd:dateTime)
            } GROUP BY ?person""".formatted(person)));
    }

    @Test
    void noNhsNumberOrNameLoads() throws Exception {
        Set<String> secrets = new TreeSet<>();
        for (SyntheticPerson person : people) {
            SyntheticPerson.Recorded recorded = person.recordedBy(Agency.HEALTH);
            secrets.add(person.nhsNumber());
            secrets.add(recorded.familyName());
            secrets.add(person.postcode());
        }
        List<String> leaks = StoreQueries.withStore(db, dsg -> {
            List<String> found = new java.util.ArrayList<>();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                for (Node n : new Node[] {q.getSubject(), q.getObject()}) {
                    String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "";
                    if (secrets.contains(text) || (n.isURI() && text.contains("/person/") && text.matches(".*/\\d{10}$"))) {
                        found.add(text);
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), leaks);
    }

}
