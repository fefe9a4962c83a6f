package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.Agency;
import org.opendatasaveslives.odsl.generate.ClientLevelDataFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.SyntheticPeople;
import org.opendatasaveslives.odsl.generate.SyntheticPerson;

/**
 * Builds the synthetic client-level data returns of the seven demo councils (ClientLevelDataFiles, from the shared
 * synthetic population) and the hand-written sample (src/test/resources/social-care-clients) through the test
 * catalogue src/test/resources/catalogs/social-care-clients.ttl: the generated returns load without rejects; every
 * sample row is either in the graph or in the rejects report with its line, field and reason; event counts and person
 * URIs equal the files'; no NHS number, date of birth, council person or event identifier reaches the graph, the
 * rejects, the output or a mapped dump; one NHS number is one person URI across councils, and another key gives other
 * URIs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLevelDataBuildTest {
    static final String CATALOG = "src/test/resources/catalogs/social-care-clients.ttl";
    static final String MAPPING = "mappings/dhsc-asc-client-level.rml.ttl";
    static final Path SAMPLE = Path.of("src/test/resources/social-care-clients/cld-sample.csv");
    static final String GRAPH = "https://odsl.org.uk/graph/dhsc-asc-cld-sample";
    static final String KEY_A = "synthetic-test-key-A-0123456789abcdef";
    static final String KEY_B = "synthetic-test-key-B-fedcba9876543210";
    static final String SCHEMA = "PREFIX schema: <http://schema.org/> ";
    static final Map<String, String> GSS = Map.of("212", "E08000035", "820", "E10000016", "E10000016", "E10000016");

    /** The faulty rows by line: the field the reject names and a part of its reason. */
    static final Map<Integer, List<String>> FAULTS = Map.of(
        10, List.of("NHS_Number", "is not a valid NHS number: it fails the Modulus 11 check"),
        11, List.of("Event_Start_Date", "\"\"30/02/2024\"\" is not a date"),
        12, List.of("<http://schema.org/startDate>", "on or before its Event_End_Date"),
        13, List.of("<https://odsl.org.uk/def/odsl/primarySupportReason>", "primary-support-reason/tea-and-biscuits-support"),
        14, List.of("<https://odsl.org.uk/def/odsl/councilArea>", "A care event has exactly one council"),
        15, List.of("Date_of_Birth", "is not a date of birth"),
        16, List.of("Event_Type", "\"\"Visit\"\" is not in column value of the reference table cld-event-types.csv"),
        17, List.of("Ethnicity", "\"\"Martian\"\" is not in column value of the reference table cld-ethnicity.csv"));

    @TempDir
    static Path tmp;
    Path data;
    Path db;
    List<SyntheticPerson> people;
    List<GeneratedFile> files;
    Path keyA;
    Path keyB;
    String previousKey;
    CliRun build;
    List<Map<String, String>> rows;
    String rejects;

    @BeforeAll
    void build() throws Exception {
        keyA = Files.writeString(tmp.resolve("key-a.txt"), KEY_A + "\n");
        keyB = Files.writeString(tmp.resolve("key-b.txt"), KEY_B + "\n");
        previousKey = TestKeys.use(keyA);
        rows = readRows(SAMPLE);
        data = tmp.resolve("data");
        people = SyntheticPeople.generate(DemoDataGenerator.DEFAULT_SEED, 1);
        files = ClientLevelDataFiles.writeClientLevelData(data, DemoDataGenerator.DEFAULT_SEED, 1, people);
        Files.createDirectories(data.resolve("social-care-clients"));
        Files.copy(SAMPLE, data.resolve("social-care-clients/cld-sample.csv"));
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", CATALOG, "--data", data.toString(), "--db", db.toString());
        rejects = Files.readString(tmp.resolve("db-reports").resolve("rejects-dhsc-asc-cld-sample.csv"));
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKey);
    }

    static List<Map<String, String>> readRows(Path csv) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        }
    }

    private Map<String, String> line(int line) {
        return rows.get(line - 2);
    }

    private static String eventUri(Map<String, String> row) throws Exception {
        String gss = GSS.get(row.get("LA_Code"));
        return "https://odsl.org.uk/id/care-event/" + gss + "/" + TestKeys.hmac(KEY_A, gss + ":" + row.get("Event_Reference"));
    }

    @Test
    void everyRowIsInTheGraphOrRejectedWithItsLineFieldAndReason() throws Exception {
        assertEquals(1, build.exitCode(), build.all()); // the sample's faulty rows
        assertEquals(16, rows.size());
        assertTrue(build.out().contains("dhsc-asc-cld-sample: read 16 records, loaded 8, rejected 8"), build.out());
        List<String> lines = rejects.lines().toList();
        assertEquals("source,position,stage,field,focus_node,shape,message", lines.get(0));
        assertEquals(1 + FAULTS.size(), lines.size(), rejects);
        for (int line = 2; line <= 17; line++) {
            String event = line == 14 ? null : eventUri(line(line));
            long inGraph = event == null ? 0 : StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH
                + "> { <" + event + "> a odsl:CareEvent } }");
            List<String> fault = FAULTS.get(line);
            if (fault == null) {
                assertEquals(1, inGraph, "line " + line + " loads");
            } else {
                assertEquals(0, inGraph, "line " + line + " is rejected");
                String prefix = data.resolve("social-care-clients/cld-sample.csv") + ",line " + line + ",";
                List<String> reject = lines.stream().filter(l -> l.startsWith(prefix)).toList();
                assertEquals(1, reject.size(), "line " + line + ": " + rejects);
                assertTrue(reject.get(0).contains("," + fault.get(0) + ",") && reject.get(0).contains(fault.get(1)),
                    reject.get(0));
            }
        }
    }

    @Test
    void eventCountsPerTypeEqualTheLoadedRowsOfTheCsv() throws Exception {
        Map<String, Long> expected = new TreeMap<>();
        for (int line = 2; line <= 17; line++) {
            if (!FAULTS.containsKey(line)) {
                expected.merge(line(line).get("Event_Type"), 1L, Long::sum);
            }
        }
        assertEquals(Map.of("Request", 3L, "Assessment", 2L, "Service", 2L, "Review", 1L), expected);
        assertEquals(expected, new TreeMap<>(StoreQueries.counts(db, "SELECT ?type (COUNT(?e) AS ?n) WHERE { GRAPH <"
            + GRAPH + "> { ?e odsl:careEventType ?c } ?c skos:notation ?type } GROUP BY ?type")));
        for (String type : expected.keySet()) {
            assertEquals(expected.get(type), StoreQueries.count(db, "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <" + GRAPH
                + "> { ?e a odsl:Care" + type + " } }"), "class of " + type);
        }
        assertEquals(1, StoreQueries.count(db, SCHEMA + "SELECT (COUNT(?e) AS ?n) WHERE { GRAPH <" + GRAPH + "> {"
            + " ?e a odsl:CareService FILTER NOT EXISTS { ?e schema:endDate ?end } } }"), "the open service");
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { <"
            + "https://odsl.org.uk/id/dataset/dhsc-asc-cld-sample> odsl:accessTier odsl:Restricted } }"));
    }

    @Test
    void codesReachTheirConceptsAndTheCouncilItsOnsArea() throws Exception {
        String event = eventUri(line(2));
        Map<String, Long> facts = StoreQueries.counts(db, SCHEMA + "SELECT ?fact (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH
            + "> { <" + event + "> ?p ?o } ?p rdfs:label ?pl . OPTIONAL { ?o skos:notation ?code }"
            + " BIND(CONCAT(?pl, '=', COALESCE(?code, STR(?o))) AS ?fact) } GROUP BY ?fact");
        assertEquals(Set.of("care event type=Request", "council area=http://statistics.data.gov.uk/id/statistical-geography/E08000035",
            "recorded gender=2", "recorded ethnic category=A", "primary support reason=Physical support: Personal care support",
            "care event outcome=Progress to assessment, review or reassessment"),
            new TreeSet<>(facts.keySet().stream().filter(f -> !f.startsWith("client=")).toList()));
        assertEquals(Map.of("1941-03", 1L), StoreQueries.counts(db, "SELECT (STR(?m) AS ?month) (COUNT(DISTINCT ?p) AS ?n)"
            + " WHERE { GRAPH <" + GRAPH + "> { <" + event + "> odsl:client ?p . ?p odsl:birthMonth ?m"
            + " FILTER(DATATYPE(?m) = xsd:gYearMonth) } } GROUP BY ?m"));
    }

    @Test
    void oneNhsNumberIsOnePersonAcrossCouncilsAndAMissingOneTheCouncilScopedLocalId() throws Exception {
        String person = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, line(2).get("NHS_Number"));
        assertEquals(line(2).get("NHS_Number"), line(6).get("NHS_Number"));
        assertEquals(Map.of("http://statistics.data.gov.uk/id/statistical-geography/E08000035", 4L,
            "http://statistics.data.gov.uk/id/statistical-geography/E10000016", 2L), StoreQueries.counts(db,
            "SELECT ?council (COUNT(?e) AS ?n) WHERE { GRAPH <" + GRAPH + "> { ?e odsl:client <" + person + "> ;"
            + " odsl:councilArea ?council } } GROUP BY ?council"));
        String local = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, "E08000035:" + line(8).get("LA_Person_Unique_Identifier"));
        assertEquals("", line(8).get("NHS_Number"));
        assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + GRAPH + "> { <"
            + eventUri(line(8)) + "> odsl:client <" + local + "> } }"));
        assertEquals(3, StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH <" + GRAPH + "> {"
            + " ?e odsl:client ?p } }"), "A (Leeds and Kent), the Leeds client without a number and C: nobody else");
    }

    @Test
    void anotherKeyGivesAnotherPersonUri() throws Exception {
        String withA = mappedClients(keyA);
        String withB = mappedClients(keyB);
        assertEquals(withA, mappedClients(keyA));
        assertNotEquals(withA, withB);
        assertTrue(withA.contains("https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, line(2).get("NHS_Number"))), withA);
        assertTrue(withB.contains("https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_B, line(2).get("NHS_Number"))), withB);
    }

    @Test
    void noNhsNumberDateOfBirthOrCouncilIdentifierLeaks() throws Exception {
        Set<String> secrets = new TreeSet<>();
        for (Map<String, String> row : rows) {
            addSecrets(secrets, row, List.of("First_Name", "Last_Name"));
        }
        for (GeneratedFile file : files) {
            for (Map<String, String> row : readRows(data.resolve(file.relativePath()))) {
                addSecrets(secrets, row, List.of());
            }
        }
        assertTrue(secrets.size() > 1000, "secrets: " + secrets.size());
        List<String> texts = new ArrayList<>(List.of(rejects, build.all(), dump(keyA)));
        texts.add(StoreQueries.withStore(db, dsg -> {
            StringBuilder b = new StringBuilder();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                    b.append(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).append('\n');
                }
            }
            return b.toString();
        }));
        for (String text : texts) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), secret + " leaked");
            }
        }
        assertFalse(texts.get(3).contains("1960-02") || rejects.contains("1960"), "the rejected date of birth, not even its month");
    }

    @Test
    void generatedReturnsLoadWithoutRejectsWithTheEventsAndPeopleOfTheFiles() throws Exception {
        assertEquals(ClientLevelDataFiles.COUNCILS.size(), files.size());
        for (ClientLevelDataFiles.Council council : ClientLevelDataFiles.COUNCILS) {
            String release = "dhsc-asc-cld-" + council.fileSlug() + "-2024-25";
            List<Map<String, String>> generated = readRows(data.resolve(ClientLevelDataFiles.relativePath(council)));
            assertTrue(generated.size() >= 10, release + ": " + generated.size());
            assertTrue(build.out().contains(release + ": read " + generated.size() + " records, loaded "
                + generated.size() + ", rejected 0"), release + " in " + build.out());
            Map<String, Long> perType = new TreeMap<>();
            Set<String> persons = new TreeSet<>();
            for (Map<String, String> row : generated) {
                perType.merge(row.get("Event_Type"), 1L, Long::sum);
                String nhs = row.get("NHS_Number");
                persons.add("https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, nhs.isEmpty()
                    ? council.gssCode() + ":" + row.get("LA_Person_Unique_Identifier") : nhs));
            }
            String graph = "https://odsl.org.uk/graph/" + release;
            assertEquals(Set.of("Request", "Assessment", "Service", "Review"), perType.keySet(), release);
            assertEquals(perType, new TreeMap<>(StoreQueries.counts(db, "SELECT ?type (COUNT(?e) AS ?n) WHERE { GRAPH <"
                + graph + "> { ?e odsl:careEventType ?c } ?c skos:notation ?type } GROUP BY ?type")), release);
            assertEquals(persons, new TreeSet<>(StoreQueries.counts(db, "SELECT ?p (COUNT(?e) AS ?n) WHERE { GRAPH <"
                + graph + "> { ?e odsl:client ?p } } GROUP BY ?p").keySet()), release);
        }
    }

    @Test
    void aPersonKnownToSocialCareHasTheSameUriInEveryCouncilAndTheFiles() throws Exception {
        long known = people.stream().filter(p -> p.isKnownTo(Agency.SOCIAL_CARE)).count();
        long clients = StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?e odsl:client ?p ;"
            + " odsl:councilArea ?c } FILTER(STRSTARTS(STR(?g), 'https://odsl.org.uk/graph/dhsc-asc-cld-')"
            + " && STR(?g) != '" + GRAPH + "') }");
        assertEquals(known, clients, "one person URI per person social care knows (NHS number or, without, local ID)");
    }

    /** The example query of the report: the care events of one person that started before a date. */
    static final String KNOWN_BEFORE = """
        SELECT ?council ?type ?start ?end WHERE {
          ?event odsl:client <PERSON> ; odsl:councilArea ?council ; odsl:careEventType/skos:notation ?type ;
                 schema:startDate ?start .
          OPTIONAL { ?event schema:endDate ?end }
          FILTER(?start < "DATE"^^xsd:date)
        } ORDER BY ?start
        """;

    @Test
    void theExampleQueryTellsWhetherAPersonWasKnownToSocialCareBeforeADate() throws Exception {
        String person = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, line(2).get("NHS_Number"));
        String query = KNOWN_BEFORE.replace("PERSON", person);
        assertEquals(Map.of(), eventTypes(query.replace("DATE", "2024-05-02")), "first request on 2 May 2024");
        assertEquals(Map.of("Request", 1L, "Assessment", 1L, "Service", 1L, "Review", 1L),
            eventTypes(query.replace("DATE", "2025-01-01")), "Leeds knew them before 2025; Kent only from January 2025");
        assertEquals(Map.of("Request", 2L, "Assessment", 2L, "Service", 1L, "Review", 1L),
            eventTypes(query.replace("DATE", "2025-04-01")));
    }

    private Map<String, Long> eventTypes(String select) throws Exception {
        return StoreQueries.counts(db, SCHEMA + "SELECT ?type (COUNT(*) AS ?n) WHERE { { " + select + " } } GROUP BY ?type");
    }

    /** The identifying values of a row (and these other fields): NHS number, date of birth (also as yyyy-mm-dd),
     *  the council's person and event identifiers, postcode. */
    private static void addSecrets(Set<String> secrets, Map<String, String> row, List<String> others) {
        List<String> fields = new ArrayList<>(List.of("NHS_Number", "Date_of_Birth", "LA_Person_Unique_Identifier",
            "Event_Reference", "Postcode"));
        fields.addAll(others);
        for (String field : fields) {
            String value = row.get(field);
            if (!value.isEmpty()) {
                secrets.add(value);
            }
            if (field.equals("Date_of_Birth") && value.matches("\\d\\d/\\d\\d/\\d{4}")) {
                secrets.add(value.substring(6) + "-" + value.substring(3, 5) + "-" + value.substring(0, 2));
            }
        }
    }

    /** The client URIs of the sample mapped with a key, in N-Quads order. */
    private String mappedClients(Path key) throws Exception {
        return String.join("\n", dump(key).lines().filter(l -> l.contains("/def/odsl/client>")).sorted().toList());
    }

    private String dump(Path key) throws Exception {
        String before = TestKeys.use(key);
        try {
            Path out = Files.createTempFile(tmp, "mapped", ".nq");
            CliRun run = CliRun.of("map", MAPPING, "--input", SAMPLE.toString(), "-o", out.toString(), "--format", "nq");
            assertEquals(1, run.exitCode(), run.all());
            return Files.readString(out, StandardCharsets.UTF_8) + run.all();
        } finally {
            TestKeys.restore(before);
        }
    }

}
