package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.validate.SchemaValidator;

/**
 * Builds the real Synthea FHIR R4 bundles of ../shared/data/fhir and a bundle of hand-made faults through the test
 * catalogue src/test/resources/catalogs/fhir.ttl: the figures SPARQL returns equal those counted in the JSON files;
 * every entry of a mapped resource type is in the graph or in the rejects report; no name, full birth date, address,
 * telecom or identifier value of the files reaches the graph, the rejects or the output; faulty entries are rejected
 * with their reasons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirBundlesBuildTest {
    static final Path SAMPLES = Path.of("../shared/data/fhir/synthea_covid_juvenile");
    static final String CATALOG = "src/test/resources/catalogs/fhir.ttl";
    static final String GRAPH = "https://odsl.org.uk/graph/";
    static final String FHIR = "PREFIX fhir: <http://hl7.org/fhir/>\n";
    static final String KEY = "synthetic-test-key-FHIR-0123456789abcdef";
    static final List<String> MAPPED = List.of("Patient", "Encounter", "Condition", "Observation", "Organization",
        "Practitioner");
    static final String VALID_NHS_NUMBER = "9990000018";
    static final String INVALID_NHS_NUMBER = "9990000019";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    Path data;
    Path db;
    String previousKey;
    CliRun build;
    /** Release id to the bundle it was built from. */
    final Map<String, JsonNode> bundles = new TreeMap<>();
    JsonNode faults;

    @BeforeAll
    void build() throws Exception {
        previousKey = TestKeys.use(Files.writeString(tmp.resolve("key.txt"), KEY + "\n"));
        data = tmp.resolve("data");
        Path synthea = Files.createDirectories(data.resolve("fhir/synthea"));
        int n = 0;
        for (Path file : sampleFiles()) {
            String name = file.getFileName().toString();
            String staged = name.startsWith("hospitalInformation") ? "hospitals"
                : name.startsWith("practitionerInformation") ? "practitioners" : "patient-" + ++n;
            Files.copy(file, synthea.resolve(staged + ".json"));
            bundles.put("fhir-synthea-" + staged, JSON.readTree(file.toFile()));
        }
        assertEquals(5, n, "five Synthea patient bundles");
        faults = faultsBundle();
        JSON.writerWithDefaultPrettyPrinter().writeValue(data.resolve("fhir/faults.json").toFile(), faults);
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", CATALOG, "--data", data.toString(), "--db", db.toString());
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKey);
    }

    private static List<Path> sampleFiles() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<JsonNode> resources(JsonNode bundle, String type) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.get("resource").get("resourceType").asText().equals(type)) {
                out.add(entry.get("resource"));
            }
        }
        return out;
    }

    @Test
    void everySampleLoadsWithoutRejectsIntoARestrictedRelease() throws Exception {
        assertEquals(1, build.exitCode(), build.all()); // only the faults bundle has rejects
        for (Map.Entry<String, JsonNode> e : bundles.entrySet()) {
            long entries = 0;
            for (String type : MAPPED) {
                entries += resources(e.getValue(), type).size();
            }
            assertTrue(build.out().contains(e.getKey() + ": read " + entries + " records, loaded " + entries
                + ", rejected 0"), e.getKey() + "\n" + build.out());
            assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + e.getKey()
                + "> { <https://odsl.org.uk/id/dataset/" + e.getKey() + "> odsl:accessTier odsl:Restricted } }"));
        }
    }

    /** Every entry of a mapped type is in its release graph under the URI its resource id gives. */
    @Test
    void everyMappedEntryIsInTheGraph() throws Exception {
        Map<String, String> paths = Map.of("Encounter", "encounter", "Condition", "condition", "Observation",
            "observation", "Practitioner", "practitioner", "Organization", "organisation");
        for (Map.Entry<String, JsonNode> e : bundles.entrySet()) {
            for (Map.Entry<String, String> type : paths.entrySet()) {
                Set<String> expected = new TreeSet<>();
                resources(e.getValue(), type.getKey()).forEach(r -> expected.add(
                    "https://odsl.org.uk/id/" + type.getValue() + "/synthea/" + r.get("id").asText()));
                assertEquals(expected, new TreeSet<>(StoreQueries.counts(db, FHIR + "SELECT ?r (COUNT(*) AS ?n) WHERE {"
                    + " GRAPH <" + GRAPH + e.getKey() + "> { ?r a fhir:" + type.getKey() + " } } GROUP BY ?r").keySet()),
                    e.getKey() + " " + type.getKey());
            }
            assertEquals(resources(e.getValue(), "Patient").size(), StoreQueries.count(db, FHIR + "SELECT (COUNT(?p) AS"
                + " ?n) WHERE { GRAPH <" + GRAPH + e.getKey() + "> { ?p a fhir:Patient , odsl:Person ; odsl:pseudonymBasis"
                + " odsl:SourceScopedPseudonym } }"), "Synthea patients have no NHS number: source-scoped pseudonyms");
        }
    }

    @Test
    void figuresEqualTheJsonFiles() throws Exception {
        for (Map.Entry<String, JsonNode> e : bundles.entrySet()) {
            JsonNode bundle = e.getValue();
            String g = GRAPH + e.getKey();
            Map<String, Long> classes = new TreeMap<>();
            Set<String> reasons = new TreeSet<>();
            for (JsonNode encounter : resources(bundle, "Encounter")) {
                classes.merge("http://terminology.hl7.org/CodeSystem/v3-ActCode/"
                    + encounter.get("class").get("code").asText(), 1L, Long::sum);
                encounter.path("reasonCode").forEach(c -> c.get("coding").forEach(
                    coding -> reasons.add("http://snomed.info/id/" + coding.get("code").asText())));
            }
            assertEquals(classes, new TreeMap<>(StoreQueries.counts(db, "SELECT ?c (COUNT(?e) AS ?n) WHERE { GRAPH <" + g
                + "> { ?e odsl:encounterClass ?c ; odsl:patient ?p ; odsl:periodStart ?start } } GROUP BY ?c")),
                e.getKey() + ": encounters per class, each with its patient and start");
            assertEquals(reasons, new TreeSet<>(StoreQueries.counts(db, "SELECT ?r (COUNT(?e) AS ?n) WHERE { GRAPH <" + g
                + "> { ?e odsl:reasonCode ?r } } GROUP BY ?r").keySet()));
            Map<String, Long> conditions = new TreeMap<>();
            resources(bundle, "Condition").forEach(c -> conditions.merge("http://snomed.info/id/"
                + c.get("code").get("coding").get(0).get("code").asText(), 1L, Long::sum));
            assertEquals(conditions, new TreeMap<>(StoreQueries.counts(db, "SELECT ?c (COUNT(?x) AS ?n) WHERE { GRAPH <"
                + g + "> { ?x odsl:conditionCode ?c ; odsl:patient ?p ; odsl:encounter ?enc } } GROUP BY ?c")));
            long quantities = resources(bundle, "Observation").stream().filter(o -> o.has("valueQuantity")).count();
            long components = resources(bundle, "Observation").stream().mapToLong(o -> o.path("component").size()).sum();
            assertEquals(quantities + components, StoreQueries.count(db, "SELECT (COUNT(?o) AS ?n) WHERE { GRAPH <" + g
                + "> { ?o odsl:quantityValue ?v ; odsl:quantityUnit ?u } }"), "quantities with their units");
            long patients = resources(bundle, "Patient").size();
            assertEquals(patients == 0 ? 0 : 1, StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH <"
                + g + "> { ?x odsl:patient ?p } }"), "every resource of a patient bundle reaches the one patient");
            assertEquals(resources(bundle, "Encounter").size(), StoreQueries.count(db, "SELECT (COUNT(?e) AS ?n) WHERE {"
                + " GRAPH <" + g + "> { ?e odsl:serviceProvider ?o . ?o rdfs:label ?name } }"), "provider in the bundle");
        }
    }

    @Test
    void noNameBirthDateAddressTelecomOrIdentifierReachesTheGraphTheRejectsOrTheOutput() throws Exception {
        Set<String> secrets = new TreeSet<>();
        Set<String> birthDates = new TreeSet<>();
        List<JsonNode> scanned = new ArrayList<>(bundles.values());
        scanned.add(faults);
        for (JsonNode bundle : scanned) {
            for (String type : List.of("Patient", "Practitioner")) {
                for (JsonNode r : resources(bundle, type)) {
                    r.path("name").forEach(name -> {
                        name.path("given").forEach(given -> secrets.add(given.asText()));
                        secrets.add(name.path("family").asText());
                    });
                    r.path("identifier").forEach(id -> secrets.add(id.get("value").asText()));
                    r.path("telecom").forEach(t -> secrets.add(t.get("value").asText()));
                    // a practitioner's address is the organisation's, whose name (with its town) is kept
                    r.path(type.equals("Patient") ? "address" : "no-address").forEach(a -> {
                        a.path("line").forEach(line -> secrets.add(line.asText()));
                        secrets.add(a.path("city").asText());
                        secrets.add(a.path("postalCode").asText());
                    });
                    r.path("extension").forEach(x -> {
                        if (x.has("valueString")) {
                            secrets.add(x.get("valueString").asText());
                        }
                    });
                    if (r.has("birthDate")) {
                        birthDates.add(r.get("birthDate").asText());
                    }
                }
            }
        }
        secrets.remove("");
        assertTrue(secrets.size() > 100 && birthDates.size() == 9, secrets.size() + " values, " + birthDates);
        assertTrue(secrets.stream().anyMatch(s -> s.matches("999-\\d\\d-\\d{4}")), "the SSNs are among them");
        List<String> leaks = StoreQueries.withStore(db, dsg -> {
            List<String> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                for (Node node : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                    String text = node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI()
                        : node.toString();
                    if (seen.add(text)) {
                        secrets.stream().filter(text::contains).forEach(s -> found.add(s + " in " + text));
                        birthDates.stream().filter(d -> node.isURI() ? text.contains(d) : text.equals(d))
                            .forEach(d -> found.add("birth date in " + text));
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), leaks);
        StringBuilder reports = new StringBuilder(build.all());
        try (Stream<Path> files = Files.list(db.resolveSibling(db.getFileName() + "-reports"))) {
            for (Path f : files.toList()) {
                reports.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        for (String s : secrets) {
            assertTrue(!reports.toString().contains(s), s + " leaked into the reports or the output");
        }
        for (String d : birthDates) {
            assertTrue(!reports.toString().contains(d), "a birth date leaked into the reports or the output");
        }
        assertTrue(!reports.toString().contains(VALID_NHS_NUMBER) && !reports.toString().contains(INVALID_NHS_NUMBER),
            "no NHS number in the reports or the output");
    }

    @Test
    void theWholeSampleFilesPassTheSchemaAsBundles() throws Exception {
        SchemaValidator schema = SchemaValidator.load(Path.of("schemas/fhir-r4-bundle.schema.json"));
        for (Map.Entry<String, JsonNode> e : bundles.entrySet()) {
            assertEquals(List.of(), schema.faults(e.getValue()), e.getKey());
        }
        ObjectNode document = (ObjectNode) bundles.get("fhir-synthea-patient-1").deepCopy();
        document.put("type", "document");
        assertEquals("/type", schema.faults(document).get(0).pointer(), "bundle types other than batch, transaction,"
            + " collection and searchset are not accepted");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Faults

    /**
     * One bundle, each entry named by its fullUrl: patients A (valid NHS number), B (invalid NHS number), C (none) and
     * D (30 February birth date); encounters of A by Patient/{id} (valid), with a bad start, without a class, of B
     * and of C with an unknown class; a condition of A coded in ICD-10 only; a valid observation of A; the trust.
     */
    private static ObjectNode faultsBundle() {
        ObjectNode bundle = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        entries.add(patient("A", VALID_NHS_NUMBER, "1990-06-15"));
        entries.add(patient("B", INVALID_NHS_NUMBER, "1985-01-20"));
        entries.add(patient("C", null, "1970-11-02"));
        entries.add(patient("D", "9990000026", "2001-02-30"));
        entries.add(encounter("E1", "Patient/A", "EMER", "2024-03-01T22:15:00+00:00"));
        entries.add(encounter("E2", "urn:uuid:A", "EMER", "2024-02-30T10:00:00+00:00"));
        ObjectNode noClass = encounter("E3", "urn:uuid:A", "IMP", "2024-04-01T09:00:00+00:00");
        ((ObjectNode) noClass.get("resource")).remove("class");
        entries.add(noClass);
        entries.add(encounter("E4", "urn:uuid:B", "EMER", "2024-05-01T09:00:00+00:00"));
        entries.add(encounter("E5", "urn:uuid:C", "XYZ", "2024-06-01T09:00:00+00:00"));
        ObjectNode icd = entry("Condition", "K1");
        ((ObjectNode) icd.get("resource")).put("onsetDateTime", "2024-03-01T22:15:00+00:00")
            .putObject("subject").put("reference", "urn:uuid:A");
        ((ObjectNode) icd.get("resource")).putObject("code").putArray("coding").addObject()
            .put("system", "http://hl7.org/fhir/sid/icd-10").put("code", "S01.0");
        entries.add(icd);
        ObjectNode obs = entry("Observation", "O1");
        ObjectNode o = (ObjectNode) obs.get("resource");
        o.put("status", "final").put("effectiveDateTime", "2024-03-01T22:30:00+00:00");
        o.putObject("subject").put("reference", "urn:uuid:A");
        o.putObject("encounter").put("reference", "urn:uuid:E1");
        o.putObject("code").putArray("coding").addObject().put("system", "http://loinc.org").put("code", "8867-4");
        o.putObject("valueQuantity").put("value", 96).put("unit", "/min").put("code", "/min");
        entries.add(obs);
        ObjectNode trust = entry("Organization", "T1");
        ((ObjectNode) trust.get("resource")).put("name", "LEEDS TEACHING HOSPITALS NHS TRUST").putArray("identifier")
            .addObject().put("system", "https://fhir.nhs.uk/Id/ods-organization-code").put("value", "RR8");
        entries.add(trust);
        return bundle;
    }

    private static ObjectNode entry(String type, String id) {
        ObjectNode entry = JSON.createObjectNode().put("fullUrl", "urn:uuid:" + id);
        entry.putObject("resource").put("resourceType", type).put("id", id);
        return entry;
    }

    private static ObjectNode patient(String id, String nhsNumber, String birthDate) {
        ObjectNode entry = entry("Patient", id);
        ObjectNode p = (ObjectNode) entry.get("resource");
        ArrayNode identifiers = p.putArray("identifier");
        if (nhsNumber != null) {
            identifiers.addObject().put("system", "https://fhir.nhs.uk/Id/nhs-number").put("value", nhsNumber);
        }
        identifiers.addObject().put("system", "https://example.org/local-mrn").put("value", "MRN-" + id);
        p.putArray("name").addObject().put("family", "Faultfamily" + id).putArray("given").add("Faultgiven" + id);
        p.put("gender", "female").put("birthDate", birthDate);
        return entry;
    }

    private static ObjectNode encounter(String id, String subject, String classCode, String start) {
        ObjectNode entry = entry("Encounter", id);
        ObjectNode e = (ObjectNode) entry.get("resource");
        e.put("status", "finished");
        e.putObject("class").put("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode").put("code", classCode);
        e.putObject("subject").put("reference", subject);
        e.putObject("period").put("start", start);
        e.putArray("reasonCode").addObject().putArray("coding").addObject().put("system", "http://snomed.info/sct")
            .put("code", "283545005");
        e.putObject("serviceProvider").putObject("identifier")
            .put("system", "https://fhir.nhs.uk/Id/ods-organization-code").put("value", "RR8");
        return entry;
    }

    private List<String> rejectLines() throws Exception {
        return Files.readAllLines(db.resolveSibling(db.getFileName() + "-reports").resolve("rejects-fhir-faults.csv"),
            StandardCharsets.UTF_8);
    }

    private String reject(String position) throws Exception {
        List<String> lines = rejectLines();
        return lines.stream().filter(l -> l.contains("," + position + ",")).findFirst()
            .orElse("no reject at " + position + " in:\n" + String.join("\n", lines));
    }

    @Test
    void faultyEntriesAreRejectedWithTheirReasonsWhileTheRestLoad() throws Exception {
        // 12 entries: A, C, E1, O1, T1 load; B, D, E2, E3, E4, E5, K1 are rejected.
        assertTrue(build.out().contains("fhir-faults: read 12 records, loaded 5, rejected 7"), build.out());
        assertEquals(8, rejectLines().size(), String.join("\n", rejectLines()));
        assertTrue(reject("$.entry[1]").contains(",map,") && reject("$.entry[1]").contains(
            "is not a valid NHS number: it fails the Modulus 11 check"), reject("$.entry[1]"));
        assertTrue(reject("$.entry[3]").matches(".*,schema,/resource/birthDate,.*fhir-r4-bundle\\.schema\\.json,.*"),
            reject("$.entry[3]"));
        assertTrue(reject("$.entry[5]").matches(".*,schema,/resource/period/start,.*date-time.*"), reject("$.entry[5]"));
        assertTrue(reject("$.entry[6]").matches(".*,schema,/resource/class,.*required property 'class' not found.*"),
            reject("$.entry[6]"));
        assertTrue(reject("$.entry[7]").contains("An encounter has exactly one patient"), reject("$.entry[7]"));
        assertTrue(reject("$.entry[8]").contains("An encounter has exactly one class of the v3 ActEncounterCode list"),
            reject("$.entry[8]"));
        assertTrue(reject("$.entry[9]").contains("A condition has a SNOMED CT code"), reject("$.entry[9]"));
    }

    @Test
    void anNhsNumberGivesTheKeyedPseudonymAndReferencesByIdOrFullUrlReachTheSamePerson() throws Exception {
        String person = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY, VALID_NHS_NUMBER);
        String g = GRAPH + "fhir-faults";
        assertEquals(Map.of(person, 2L), StoreQueries.counts(db, "SELECT ?p (COUNT(?x) AS ?n) WHERE { GRAPH <" + g
            + "> { ?x odsl:patient ?p . ?p odsl:pseudonymBasis odsl:NhsNumberPseudonym } } GROUP BY ?p"),
            "E1 (Patient/A) and O1 (urn:uuid:A) reach patient A's pseudonym");
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> { <" + person + ">"
            + " odsl:birthMonth \"1990-06\"^^xsd:gYearMonth } }"));
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> {"
            + " <https://odsl.org.uk/id/encounter/faults/E1> odsl:encounterClass"
            + " <http://terminology.hl7.org/CodeSystem/v3-ActCode/EMER> ;"
            + " odsl:serviceProvider <https://odsl.org.uk/id/organisation/RR8> ;"
            + " odsl:reasonCode <http://snomed.info/id/283545005> ;"
            + " odsl:periodStart \"2024-03-01T22:15:00+00:00\"^^xsd:dateTime } }"));
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> {"
            + " <https://odsl.org.uk/id/observation/faults/O1> odsl:encounter <https://odsl.org.uk/id/encounter/faults/E1> ;"
            + " odsl:observationCode <https://loinc.org/8867-4/> ; odsl:quantityValue ?v ; odsl:quantityUnit \"/min\" FILTER(?v = 96) } }"));
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + g + "> {"
            + " <https://odsl.org.uk/id/organisation/RR8> skos:notation \"RR8\" } }"));
    }

}
