package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.DashAssessmentFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.generate.GeneratedFile;
import org.opendatasaveslives.odsl.generate.PoliceForce;

/**
 * Builds the synthetic DASH risk assessments (DashAssessmentFiles) and a file of faulty records through the test
 * catalogue src/test/resources/catalogs/dash.ttl: schema-valid records load into restricted releases with the figures
 * of the JSON files; schema violations are rejected with their position, JSON Pointer and message while the rest load;
 * no raw person reference reaches the graph, the rejects or the output; person URIs are keyed pseudonyms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashAssessmentsBuildTest {
    static final String CATALOG = "src/test/resources/catalogs/dash.ttl";
    static final String MAPPING = "mappings/police-dash.rml.ttl";
    static final String GRAPH = "https://odsl.org.uk/graph/";
    static final String KEY_A = "synthetic-test-key-A-0123456789abcdef";
    static final String KEY_B = "synthetic-test-key-B-fedcba9876543210";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    Path data;
    Path db;
    Path keyA;
    Path keyB;
    String previousKey;
    CliRun build;
    List<GeneratedFile> files;

    @BeforeAll
    void build() throws Exception {
        keyA = Files.writeString(tmp.resolve("key-a.txt"), KEY_A + "\n");
        keyB = Files.writeString(tmp.resolve("key-b.txt"), KEY_B + "\n");
        previousKey = TestKeys.use(keyA);
        data = tmp.resolve("data");
        files = DashAssessmentFiles.writeDashAssessments(data, DemoDataGenerator.DEFAULT_SEED, 1);
        writeFaults(data.resolve("police/dash/faults.json"));
        db = tmp.resolve("db");
        build = CliRun.of("build", "--catalog", CATALOG, "--data", data.toString(), "--db", db.toString());
    }

    @AfterAll
    void restoreKey() {
        TestKeys.restore(previousKey);
    }

    /** Six records: $[0] and $[5] valid, $[1] no risk level, $[2] an unknown answer, $[3] 30 February, $[4] both. */
    private void writeFaults(Path file) throws Exception {
        ArrayNode records = JSON.createArrayNode();
        for (int i = 0; i < 6; i++) {
            records.add(validRecord("FAULTS-" + i, "FAULTREF-V-" + i, "FAULTREF-P-" + i));
        }
        ((ObjectNode) records.get(1)).remove("riskLevel");
        ((ObjectNode) records.get(2).get("answers").get("q05")).put("answer", "maybe");
        ((ObjectNode) records.get(3)).put("incidentDate", "2025-02-30");
        ((ObjectNode) records.get(4)).remove("riskLevel");
        ((ObjectNode) records.get(4)).put("assessmentDate", "14/02/2025");
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), records);
    }

    private static ObjectNode validRecord(String id, String victim, String perpetrator) {
        ObjectNode r = JSON.createObjectNode();
        r.put("force", "West Yorkshire Police");
        r.put("assessmentId", id);
        r.put("incidentDate", "2025-02-14");
        r.put("assessmentDate", "2025-02-14");
        r.put("victimReference", victim);
        r.put("perpetratorReference", perpetrator);
        ObjectNode answers = r.putObject("answers");
        for (int q = 1; q <= 27; q++) {
            answers.putObject(String.format("q%02d", q)).put("answer", q % 2 == 0 ? "yes" : "no");
        }
        r.put("riskLevel", "medium");
        r.putObject("maracReferral").put("referred", false);
        return r;
    }

    private JsonNode records(PoliceForce force) throws Exception {
        return JSON.readTree(data.resolve(DashAssessmentFiles.relativePath(force)).toFile());
    }

    private static String graph(PoliceForce force) {
        return GRAPH + "police-dash-" + force.fileSlug() + "-2025-q1";
    }

    @Test
    void schemaValidRecordsLoadIntoRestrictedReleases() throws Exception {
        assertEquals(1, build.exitCode(), build.all()); // the faults file has rejects
        for (PoliceForce force : PoliceForce.values()) {
            int n = records(force).size();
            assertTrue(n > 0);
            assertTrue(build.out().contains("police-dash-" + force.fileSlug() + "-2025-q1: read " + n
                + " records, loaded " + n + ", rejected 0"), build.out());
            assertEquals(n, StoreQueries.count(db, "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH <" + graph(force)
                + "> { ?a a odsl:DashRiskAssessment } }"));
            assertEquals(1, StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph(force) + "> { <"
                + "https://odsl.org.uk/id/dataset/police-dash-" + force.fileSlug() + "-2025-q1> odsl:accessTier odsl:Restricted } }"));
            assertEquals(27L * n, StoreQueries.count(db, "SELECT (COUNT(?x) AS ?n) WHERE { GRAPH <" + graph(force)
                + "> { ?a odsl:dashAnswer ?x . ?x odsl:dashQuestion ?q ; odsl:dashResponse ?r } }"));
        }
    }

    @Test
    void figuresEqualTheJsonFiles() throws Exception {
        for (PoliceForce force : PoliceForce.values()) {
            Map<String, Long> levels = new TreeMap<>();
            Map<String, Long> answers = new TreeMap<>();
            long referred = 0;
            Set<String> victims = new HashSet<>();
            for (JsonNode r : records(force)) {
                levels.merge(r.get("riskLevel").asText(), 1L, Long::sum);
                r.get("answers").fields().forEachRemaining(e -> answers.merge(e.getKey() + " "
                    + e.getValue().get("answer").asText(), 1L, Long::sum));
                referred += r.get("maracReferral").get("referred").asBoolean() ? 1 : 0;
                victims.add(r.get("victimReference").asText());
            }
            String g = graph(force);
            assertEquals(levels, new TreeMap<>(StoreQueries.counts(db, "SELECT ?l (COUNT(?a) AS ?n) WHERE { GRAPH <" + g
                + "> { ?a odsl:riskLevel ?c } ?c skos:notation ?l } GROUP BY ?l")));
            assertEquals(answers, new TreeMap<>(StoreQueries.counts(db, "SELECT (CONCAT(?q, ' ', ?r) AS ?k) (COUNT(?x) AS ?n)"
                + " WHERE { GRAPH <" + g + "> { ?x odsl:dashQuestion ?qc ; odsl:dashResponse ?rc } ?qc skos:notation ?q ."
                + " ?rc skos:notation ?r } GROUP BY ?q ?r")));
            assertEquals(referred, StoreQueries.count(db, "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH <" + g
                + "> { ?a odsl:maracReferral true ; odsl:maracReferralDate ?d } }"));
            assertEquals(victims.size(), StoreQueries.count(db, "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { GRAPH <" + g
                + "> { ?a odsl:victim ?v } }"), "one person URI per victim reference");
            assertTrue(levels.keySet().containsAll(List.of("standard", "medium", "high")), levels.toString());
        }
    }

    /** Kent's file names the force by its police force area code, West Yorkshire's by name: both give the force URI. */
    @Test
    void theForceByNameOrOnsCodeIsThePoliceForceUri() throws Exception {
        assertEquals("E23000032", records(PoliceForce.KENT).get(0).get("force").asText());
        assertEquals("West Yorkshire Police", records(PoliceForce.WEST_YORKSHIRE).get(0).get("force").asText());
        for (PoliceForce force : PoliceForce.values()) {
            String uri = "https://odsl.org.uk/id/police-force/" + force.forceName().toLowerCase().replace(' ', '-');
            assertEquals(Map.of(uri, (long) records(force).size()), StoreQueries.counts(db, "SELECT ?f (COUNT(?a) AS ?n)"
                + " WHERE { GRAPH <" + graph(force) + "> { ?a odsl:assessingForce ?f . ?f rdfs:label ?name } } GROUP BY ?f"));
        }
    }

    @Test
    void schemaViolationsAreRejectedWithPositionPointerAndMessageWhileTheRestLoad() throws Exception {
        assertTrue(build.out().contains("police-dash-faults: read 6 records, loaded 2, rejected 4"), build.out());
        assertEquals(Set.of("FAULTS-0", "FAULTS-5"), new TreeSet<>(StoreQueries.counts(db, "SELECT ?id (COUNT(?a) AS ?n)"
            + " WHERE { GRAPH <" + GRAPH + "police-dash-faults> { ?a dcterms:identifier ?id } } GROUP BY ?id").keySet()));
        Path rejects = db.resolveSibling(db.getFileName() + "-reports").resolve("rejects-police-dash-faults.csv");
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertEquals("source,position,stage,field,focus_node,shape,message", lines.get(0));
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).matches(".*faults\\.json,\\$\\[1\\],schema,/riskLevel,,dash-risk-assessment\\.schema\\.json,"
            + "required property 'riskLevel' not found"), lines.get(1));
        assertTrue(lines.get(2).contains(",$[2],schema,/answers/q05/answer,,dash-risk-assessment.schema.json,")
            && lines.get(2).contains("does not have a value in the enumeration"), lines.get(2));
        assertTrue(lines.get(3).matches(".*,\\$\\[3\\],schema,/incidentDate,,.*must be a valid RFC 3339 full-date.*"),
            lines.get(3));
        assertTrue(lines.get(4).matches(".*,\\$\\[4\\],schema,/assessmentDate,,.*;.*/riskLevel: required property 'riskLevel' not found.*"),
            lines.get(4));
    }

    @Test
    void odslMapChecksTheSchemaToo() throws Exception {
        Path out = tmp.resolve("faults.nt");
        CliRun run = CliRun.of("map", MAPPING, "--schema", "schemas/dash-risk-assessment.schema.json", "--input",
            data.resolve("police/dash/faults.json").toString(), "-o", out.toString());
        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("faults.json, $[1], field '/riskLevel': required property 'riskLevel' not found"
            + " [dash-risk-assessment.schema.json]"), run.err());
        assertTrue(run.err().contains("mapped 2 records"), run.err());
        CliRun unchecked = CliRun.of("map", MAPPING, "--input", data.resolve("police/dash/faults.json").toString(),
            "-o", out.toString());
        assertTrue(!unchecked.err().contains("mapped 2 records") && !unchecked.err().contains("schema"),
            "without --schema no record is checked against it: " + unchecked.err());
    }

    @Test
    void noRawPersonReferenceAppearsInTheGraphTheRejectsOrTheOutput() throws Exception {
        Set<String> references = new TreeSet<>();
        List<Path> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(data.resolve(f.relativePath())));
        inputs.add(data.resolve("police/dash/faults.json"));
        for (Path input : inputs) {
            for (JsonNode r : JSON.readTree(input.toFile())) {
                references.add(r.get("victimReference").asText());
                references.add(r.get("perpetratorReference").asText());
            }
        }
        assertTrue(references.size() > 100, "references: " + references.size());
        List<String> leaks = StoreQueries.withStore(db, dsg -> {
            List<String> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                    String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
                    if (seen.add(text)) {
                        references.stream().filter(text::contains).forEach(ref -> found.add(ref + " in " + text));
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), leaks);
        assertTrue(StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") > 10_000);
        String rejects = Files.readString(db.resolveSibling(db.getFileName() + "-reports")
            .resolve("rejects-police-dash-faults.csv"));
        for (String ref : references) {
            assertTrue(!rejects.contains(ref) && !build.all().contains(ref), ref + " leaked into the rejects or output");
        }
        assertTrue(StoreQueries.count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o),"
            + " 'Synthetic detail')) } }") == 0, "free-text detail is never mapped");
    }

    @Test
    void theSameReferenceAndKeyGiveTheSamePersonUriAndAnotherKeyAnother() throws Exception {
        Path input = tmp.resolve("one.json");
        JSON.writeValue(input.toFile(), JSON.createArrayNode()
            .add(validRecord("ONE-1", "SAME-REF-001", "OTHER-REF-002"))
            .add(validRecord("ONE-2", "SAME-REF-001", "OTHER-REF-003")));
        String keyA1 = victims(input, keyA);
        String keyA2 = victims(input, keyA);
        String keyB1 = victims(input, keyB);
        assertEquals(keyA1, keyA2);
        assertNotEquals(keyA1, keyB1);
        String expected = "https://odsl.org.uk/id/person/" + TestKeys.hmac(KEY_A, "west-yorkshire-police:SAME-REF-001");
        assertEquals(expected + " " + expected, keyA1, "two assessments of one victim: one URI, the force-scoped HMAC");
        assertEquals(64, keyB1.split(" ")[0].substring("https://odsl.org.uk/id/person/".length()).length());
    }

    /** The victim URIs of a mapped file with the given key, in record order. */
    private String victims(Path input, Path key) throws Exception {
        String before = TestKeys.use(key);
        try {
            Path out = Files.createTempFile(tmp, "mapped", ".nq");
            CliRun run = CliRun.of("map", MAPPING, "--input", input.toString(), "-o", out.toString(), "--format", "nq");
            assertEquals(0, run.exitCode(), run.all());
            DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
            List<String> victims = new ArrayList<>();
            for (String id : List.of("ONE-1", "ONE-2")) {
                Node assessment = org.apache.jena.graph.NodeFactory.createURI(
                    "https://odsl.org.uk/id/dash-assessment/west-yorkshire-police/" + id);
                dsg.find(Node.ANY, assessment, org.apache.jena.graph.NodeFactory.createURI(
                    "https://odsl.org.uk/def/odsl/victim"), Node.ANY).forEachRemaining(q -> victims.add(q.getObject().getURI()));
            }
            return String.join(" ", victims);
        } finally {
            TestKeys.restore(before);
        }
    }

}
