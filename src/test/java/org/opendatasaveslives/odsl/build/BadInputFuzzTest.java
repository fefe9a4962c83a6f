package org.opendatasaveslives.odsl.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.generate.DashAssessmentFiles;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.store.ReleaseProvenance;
import org.opendatasaveslives.odsl.validate.RdfFiles;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Feeds every mapping (one demo release per CSV mapping, and the DASH JSON release) damaged copies of its good input,
 * derived from a seed (see {@link Corruption}), through the release builder {@code odsl build} uses, after the good
 * file has loaded. Each case must end within the timeout without an unexpected error, and either fail the release
 * with a message naming the file while the graph stays exactly the good version, or load with read = loaded +
 * rejected, every rejected record in the rejects report with file, position and reason, and the graph wholly the new
 * version. Damage in form only (BOM, line endings) must load exactly what the good file loads.
 * <p>
 * The default run applies each kind of damage once, to one mapping in turn; {@code -Dodsl.reliability=long} (the
 * {@code reliability} Maven profile) applies every kind to every mapping with {@value #LONG_SEEDS} seeds.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputFuzzTest {
    static final boolean LONG = "long".equals(System.getProperty("odsl.reliability"));
    static final int LONG_SEEDS = 3;
    static final int DEFAULT_JSON_KINDS = 3;
    /** Records kept from each generated file: enough to exercise every column, few enough to keep a case quick. */
    static final int RECORDS = 30;
    static final Duration CASE_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;
    Path data;
    DatasetGraph dsg;
    ReleaseBuilder builder;
    String previousKey;
    final List<ReleaseSpec> releases = new ArrayList<>();
    /** The good build of each release and its graph, while the store still holds that version. */
    final Map<String, ReleaseOutcome> goodOutcomes = new HashMap<>();
    final Map<String, Graph> goodVersions = new HashMap<>();

    @BeforeAll
    void generateInputsAndOpenStore() throws Exception {
        previousKey = TestKeys.use(Files.writeString(tmp.resolve("key.txt"), "synthetic-fuzz-key-0123456789abcdef\n"));
        data = tmp.resolve("data");
        DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, 1);
        DashAssessmentFiles.writeDashAssessments(data, DemoDataGenerator.DEFAULT_SEED, 1);
        Map<Path, ReleaseSpec> onePerMapping = new LinkedHashMap<>();
        CatalogReader catalogs = new CatalogReader(Odsl.DEFAULT_BASE);
        List<ReleaseSpec> all = new ArrayList<>(catalogs.read(Path.of("catalogs/demo.ttl"), data));
        all.addAll(catalogs.read(Path.of("src/test/resources/catalogs/dash.ttl"), data));
        for (ReleaseSpec spec : all) {
            // A FHIR bundle is one JSON document whose entries refer to each other, not a list of records to cut
            // and damage independently: FhirBundlesBuildTest feeds it a bundle of faults instead.
            boolean bundle = spec.mapping().getFileName().toString().startsWith("fhir-");
            if (!bundle && spec.inputs().size() == 1 && Files.isRegularFile(spec.inputs().values().iterator().next())) {
                onePerMapping.putIfAbsent(spec.mapping().normalize(), spec);
            }
        }
        for (ReleaseSpec spec : onePerMapping.values()) {
            shorten(spec.inputs().values().iterator().next());
            releases.add(spec);
        }
        dsg = DatabaseMgr.createDatasetGraph();
        Graph ontology = RdfFiles.read(List.of(Path.of("ontology")));
        builder = new ReleaseBuilder(dsg, ontology, Odsl.DEFAULT_BASE, data, tmp.resolve("reports"), false,
            Path.of("shapes/guards"));
    }

    /** How each kind of damage ended, for docs/reliability.md: kind to counts of failed, rejected-some, loaded-all. */
    static final Map<String, int[]> ENDINGS = new java.util.TreeMap<>();

    @AfterAll
    void printEndingsAndRestoreKey() {
        System.out.println("bad-input cases by kind: release failed / loaded with rejects / loaded all");
        ENDINGS.forEach((kind, n) -> System.out.printf("  %-28s %3d / %3d / %3d%n", kind, n[0], n[1], n[2]));
        TestKeys.restore(previousKey);
        dsg.close();
    }

    @TestFactory
    Stream<DynamicNode> everyMappingSurvivesDamagedInput() {
        assertTrue(releases.size() >= 14, "one release per mapping: " + releases.stream().map(ReleaseSpec::id).toList());
        List<ReleaseSpec> csv = releases.stream().filter(spec -> !isJson(spec)).toList();
        return releases.stream().map(spec -> DynamicContainer.dynamicContainer(spec.id(), casesOf(spec, csv.indexOf(spec), csv.size())));
    }

    /**
     * In the default run, CSV damage kind {@code k} goes to the CSV release {@code k mod n} only, and the JSON release
     * gets the first {@value #DEFAULT_JSON_KINDS} kinds (a JSON build costs seconds: schema, shapes, pseudonyms).
     */
    private Stream<DynamicNode> casesOf(ReleaseSpec spec, int csvIndex, int csvReleases) {
        Path good = spec.inputs().values().iterator().next();
        List<Corruption> kinds = isJson(spec) ? Corruption.forJson() : Corruption.forCsv();
        List<DynamicNode> cases = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            boolean inDefaultRun = isJson(spec) ? k < DEFAULT_JSON_KINDS : k % csvReleases == csvIndex;
            if (!LONG && !inDefaultRun) {
                continue;
            }
            Corruption corruption = kinds.get(k);
            for (long seed = 1; seed <= (LONG ? LONG_SEEDS : 1); seed++) {
                long s = seed;
                cases.add(DynamicTest.dynamicTest(corruption + " seed " + s, () -> runCase(spec, good, corruption, s)));
            }
        }
        return cases.stream();
    }

    private static boolean isJson(ReleaseSpec spec) {
        return spec.inputs().values().iterator().next().toString().endsWith(".json");
    }

    private void runCase(ReleaseSpec spec, Path good, Corruption corruption, long seed) throws Exception {
        if (!goodOutcomes.containsKey(spec.id())) {
            ReleaseOutcome loaded = builder.build(spec);
            assertTrue(loaded.succeeded(), loaded.describe());
            goodOutcomes.put(spec.id(), loaded);
            goodVersions.put(spec.id(), copyOf(spec));
        }
        ReleaseOutcome goodOutcome = goodOutcomes.get(spec.id());
        Graph goodVersion = goodVersions.get(spec.id());
        byte[] goodBytes = Files.readAllBytes(good);
        boolean json = good.toString().endsWith(".json");
        int headerLines = json ? 0 : (int) (Corruption.lines(goodBytes).size() - goodOutcome.read());
        Corruption.Damaged damaged = corruption.apply(goodBytes, headerLines, goodOutcome.read(), seed);
        Path bad = Files.createDirectories(tmp.resolve("cases").resolve(spec.id()).resolve(corruption + "-" + seed))
            .resolve(good.getFileName());
        Files.write(bad, damaged.bytes());
        Map<String, Path> inputs = new HashMap<>();
        spec.inputs().keySet().forEach(name -> inputs.put(name, bad));
        ReleaseSpec damagedSpec = new ReleaseSpec(spec.id(), spec.iri(), spec.graph(), spec.mapping(), spec.shapes(),
            inputs, spec.parameters(), spec.restricted(), spec.description(), spec.schema());

        ReleaseOutcome outcome = assertTimeoutPreemptively(CASE_TIMEOUT, () -> builder.build(damagedSpec),
            () -> corruption + ": the build did not return within " + CASE_TIMEOUT);
        String what = corruption + " seed " + seed + " of " + spec.id() + ": " + outcome.describe();
        ENDINGS.computeIfAbsent(corruption.name(), k -> new int[3])[outcome.failure() != null ? 0 : outcome.rejected() > 0 ? 1 : 2]++;
        if (outcome.failure() != null) {
            assertFalse(outcome.failure().startsWith("unexpected error"), what);
            assertTrue(outcome.failure().contains(bad.getFileName().toString()), "the message names the file: " + what);
            assertTrue(!outcome.failure().contains("cannot read") || outcome.failure().contains("line "),
                "a parse error says where: " + what);
            assertTrue(goodVersion.isIsomorphicWith(copyOf(spec)), "the previous version is kept whole: " + what);
            assertFalse(corruption.sameRecordsAsGood(), "damage in form only must not fail the release: " + what);
            return;
        }
        goodOutcomes.remove(spec.id()); // the damaged version replaced the good one: the next case loads it again
        assertEquals(outcome.read(), outcome.loaded() + outcome.rejected(), what);
        if (damaged.records() >= 0) {
            assertEquals(damaged.records(), outcome.read(), "every record is read, none dropped: " + what);
        }
        if (corruption.sameRecordsAsGood()) {
            assertEquals(goodOutcome.loaded(), outcome.loaded(), what);
            assertEquals(goodOutcome.rejected(), outcome.rejected(), what);
        }
        assertEquals(outcome.rejected(), rejectedRecords(spec, bad), "each rejected record is reported: " + what);
        Map<String, String> provenance = provenance(spec);
        assertEquals(ReleaseProvenance.sha256(bad), provenance.get("sha"), "the graph is the new version: " + what);
        assertEquals(String.valueOf(outcome.loaded()), provenance.get("loaded"), what);
    }

    /** The distinct records of the release's rejects report, checking each line names the file, a position and a reason. */
    private long rejectedRecords(ReleaseSpec spec, Path bad) throws IOException {
        Path report = tmp.resolve("reports").resolve("rejects-" + spec.id() + ".csv");
        if (!Files.exists(report)) {
            return 0;
        }
        Set<String> records = new HashSet<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(report, StandardCharsets.UTF_8))) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                assertTrue(row.get("source").contains(bad.getFileName().toString()), row.toString());
                assertFalse(row.get("position").isBlank(), row.toString());
                assertFalse(row.get("message").isBlank(), row.toString());
                records.add(row.get("source") + "|" + row.get("position"));
            }
        }
        return records.size();
    }

    private Graph copyOf(ReleaseSpec spec) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(spec.graph()).find().forEach(copy::add);
            return copy;
        });
    }

    private Map<String, String> provenance(ReleaseSpec spec) {
        String query = "PREFIX odsl: <https://odsl.org.uk/def/odsl/> SELECT ?sha ?loaded { GRAPH <" + spec.graph().getURI()
            + "> { ?release <http://www.w3.org/ns/prov#wasDerivedFrom> ?input . ?input odsl:sha256 ?sha ."
            + " ?release odsl:recordsLoaded ?loaded } }";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                QuerySolution row = exec.execSelect().next();
                return Map.of("sha", row.getLiteral("sha").getLexicalForm(),
                    "loaded", row.getLiteral("loaded").getLexicalForm());
            }
        });
    }

    /** Keeps the first {@value #RECORDS} records of a generated file (CSV: one record a line in these files). */
    private static void shorten(Path file) throws IOException {
        if (file.toString().endsWith(".json")) {
            ObjectMapper json = new ObjectMapper();
            ArrayNode records = (ArrayNode) json.readTree(file.toFile());
            ArrayNode kept = json.createArrayNode();
            for (int i = 0; i < Math.min(RECORDS, records.size()); i++) {
                kept.add(records.get(i));
            }
            json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), kept);
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        List<byte[]> lines = Corruption.lines(bytes);
        if (lines.size() <= RECORDS + 1) {
            return;
        }
        boolean crlf = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).contains("\r\n");
        StringBuilder out = new StringBuilder();
        for (byte[] line : lines.subList(0, RECORDS + 1)) {
            out.append(new String(line, StandardCharsets.UTF_8)).append(crlf ? "\r\n" : "\n");
        }
        byte[] kept = out.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, kept);
    }
}
