package org.opendatasaveslives.odsl.serve.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.CliRun;
import org.opendatasaveslives.odsl.build.BuildPipeline;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.ReleaseOutcome;
import org.opendatasaveslives.odsl.build.ReleaseGroups;
import org.opendatasaveslives.odsl.serve.HeadlessChromium;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.store.OpenGraphs;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.vocab.Quality;

/**
 * Catalogue, VoID, service description, DQV, dumps and area extracts over a small demo build (two police releases,
 * one with two bad records, and the LSOA lookup) plus a restricted release added by hand. The server here stands in
 * for the access control to come: a request with the header {@value #ROLE_HEADER} sees everything, any other the
 * view without restricted graphs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueAndDumpsTest {
    static final String ROLE_HEADER = "X-Test-Restricted-Reader";
    static final String BASE = "https://odsl.org.uk/";
    static final String KENT = BASE + "graph/police-street-kent-2025-01";
    static final String WEST_YORKSHIRE = BASE + "graph/police-street-west-yorkshire-2025-01";
    static final String SECRET = BASE + "graph/secret-release-2025";
    static final String SECRET_CRIME = BASE + "id/crime/secret-crime-1";
    static final String LEEDS = "E08000035";
    static final String BRADFORD = "E08000032";
    static final String AREA = "http://statistics.data.gov.uk/id/statistical-geography/";
    static final String ODSL = "https://odsl.org.uk/def/odsl/";

    @TempDir
    static Path tmp;
    Path db;
    BuildReport report;
    DatasetGraph dsg;
    FusekiServer server;
    String root;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void buildServeAndExport() throws Exception {
        Path data = tmp.resolve("data");
        db = tmp.resolve("db");
        DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
        Files.writeString(data.resolve("police/2025-01-kent-street.csv"),
            "bad-type-1,2025-01,Kent Police,Kent Police,0.99,51.10,On or near X,E01900209,Ashford 001C,Not a crime type,,\n"
                + "bad-month-1,January,Kent Police,Kent Police,0.99,51.10,On or near X,E01900209,Ashford 001C,Burglary,,\n",
            java.nio.file.StandardOpenOption.APPEND);
        report = new BuildPipeline(new BuildPipeline.Settings(Path.of("catalogs/demo.ttl"), data, db,
            tmp.resolve("reports"), BASE, Path.of("."), false,
            Set.of("ons-lsoa11-ccg-lad", "police-street-kent-2025-01", "police-street-west-yorkshire-2025-01"), false,
            ReleaseGroups.GROUP_QUADS),
            new PrintWriter(new StringWriter())).run();
        assertFalse(report.anyFailed(), report.summary());
        addRestrictedRelease();
        assertEquals(0, cli("dump", "--db", db.toString(), "--out", tmp.resolve("dumps").toString()));
        assertEquals(0, cli("extract", "--db", db.toString(), "--area", LEEDS, "--out", tmp.resolve("leeds.nq").toString()));
        assertEquals(0, cli("extract", "--db", db.toString(), "--area", LEEDS, "--out", tmp.resolve("leeds.ttl").toString()));
        dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        Set<Node> open = new HashSet<>(OpenGraphs.all(dsg));
        open.removeAll(OpenGraphs.restricted(dsg));
        DatasetGraph openView = OpenGraphs.view(dsg, open);
        ReadableDataset readable = request -> request.getHeader(ROLE_HEADER) != null ? dsg : openView;
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/odsl", dsg, false);
        server = CatalogueRoutes.addTo(builder, readable, BASE + "id/").build().start();
        root = "http://localhost:" + server.getHttpPort() + "/";
    }

    private void addRestrictedRelease() throws Exception {
        DatasetGraph store = Store.open(db);
        Graph secret = RDFParser.fromString("""
            @prefix odsl: <https://odsl.org.uk/def/odsl/> . @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix void: <http://rdfs.org/ns/void#> .
            <https://odsl.org.uk/id/dataset/secret-release-2025> a odsl:SourceRelease ;
                dcterms:title "Secret release" ; odsl:accessTier odsl:Restricted ;
                odsl:namedGraph <%s> ; void:triples 6 .
            <%s> odsl:lsoa <%s> ; odsl:crimeType <https://odsl.org.uk/def/crime-type/burglary> .
            """.formatted(SECRET, SECRET_CRIME, leedsLsoa(store)), Lang.TURTLE).toGraph();
        Txn.executeWrite(store, () -> secret.find().forEach(t -> store.add(NodeFactory.createURI(SECRET),
            t.getSubject(), t.getPredicate(), t.getObject())));
        Store.close(store);
    }

    private static String leedsLsoa(DatasetGraph store) {
        return Txn.calculateRead(store, () -> QueryExec.dataset(store).query("SELECT ?l { GRAPH ?g { ?l <" + ODSL
            + "within> <" + AREA + LEEDS + "> ; a <" + ODSL + "LowerLayerSuperOutputArea> } } LIMIT 1").select()
            .next().get("l").getURI());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (dsg != null) {
            Store.close(dsg);
        }
    }

    // ---- catalogue

    @Test
    void catalogueListsEveryReadableReleaseWithItsTripleCount() throws Exception {
        Graph catalogue = rdf(get("catalog", "text/turtle", false), Lang.TURTLE);
        Map<String, Long> counted = tripleCountsBySparql();
        Set<String> listed = new TreeSet<>();
        for (Node ds : G.listPO(catalogue, RDF.Nodes.type, NodeFactory.createURI(ODSL + "SourceRelease"))) {
            String graph = G.getOneSP(catalogue, ds, NodeFactory.createURI(ODSL + "namedGraph")).getURI();
            listed.add(graph);
            assertEquals(counted.get(graph), Long.valueOf(G.getOneSP(catalogue, ds, Quality.TRIPLES).getLiteralLexicalForm()),
                "void:triples of " + graph);
            assertTrue(catalogue.contains(catalogueNode(), CatalogueGraph.dcat("dataset"), ds));
            assertTrue(G.hasProperty(catalogue, ds, CatalogueGraph.dcterms("license")));
            assertEquals(NodeFactory.createURI(CatalogueGraph.ACCESS_RIGHT + "PUBLIC"),
                G.getOneSP(catalogue, ds, CatalogueGraph.dcterms("accessRights")));
            assertTrue(G.hasProperty(catalogue, ds, NodeFactory.createURI(Quality.PROV + "wasGeneratedBy")));
        }
        Set<String> releases = new TreeSet<>(List.of(BASE + "graph/ons-lsoa11-ccg-lad", KENT, WEST_YORKSHIRE));
        assertEquals(releases, listed);
    }

    @Test
    void catalogueIsTheSameGraphInEveryRdfFormatAndHtmlByDefault() throws Exception {
        HttpResponse<byte[]> turtle = get("catalog", "text/turtle", false);
        assertEquals("Accept", turtle.headers().firstValue("Vary").orElse(""));
        Graph fromTurtle = rdf(turtle, Lang.TURTLE);
        assertTrue(fromTurtle.isIsomorphicWith(rdf(get("catalog", "application/ld+json", false), Lang.JSONLD)));
        assertTrue(fromTurtle.isIsomorphicWith(rdf(get("catalog", "application/n-triples", false), Lang.NTRIPLES)));
        HttpResponse<byte[]> html = get("catalog", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", false);
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(406, get("catalog", "image/png", false).statusCode());
    }

    @Test
    void voidAndServiceDescriptionNameTheEndpointAndTheReadableGraphs() throws Exception {
        Graph description = rdf(get(".well-known/void", null, false), Lang.TURTLE);
        Node endpoint = NodeFactory.createURI(root + "odsl/sparql");
        Node service = G.getOnePO(description, CatalogueGraph.sd("endpoint"), endpoint);
        assertTrue(description.contains(service, CatalogueGraph.sd("supportedLanguage"), CatalogueGraph.sd("SPARQL11Query")));
        assertTrue(description.contains(service, CatalogueGraph.sd("feature"), CatalogueGraph.sd("UnionDefaultGraph")));
        Node dataset = G.getOneSP(description, service, CatalogueGraph.sd("defaultDataset"));
        Set<String> named = new TreeSet<>();
        G.listSP(description, dataset, CatalogueGraph.sd("namedGraph")).forEach(ng ->
            named.add(G.getOneSP(description, ng, CatalogueGraph.sd("name")).getURI()));
        Set<String> open = new TreeSet<>(tripleCountsBySparql().keySet());
        OpenGraphs.restricted(dsg).forEach(graph -> open.remove(graph.getURI())); // the secret release and restricted feedback
        assertEquals(open, named);
        Node kent = NodeFactory.createURI(BASE + "id/dataset/police-street-kent-2025-01");
        assertEquals(endpoint, G.getOneSP(description, kent, Quality.SPARQL_ENDPOINT));
        assertEquals(NodeFactory.createURI(root + "dumps/police-street-kent-2025-01.nt.gz"),
            G.getOneSP(description, kent, Quality.DATA_DUMP));
        assertEquals("https://odsl.org.uk/id/", G.getOneSP(description, kent, Quality.URI_SPACE).getLiteralLexicalForm());
        assertTrue(G.hasProperty(description, kent, Quality.VOCABULARY));
        assertEquals(crimeRecordsBySparql(KENT), classPartitionEntities(description, kent, ODSL + "CrimeRecord"));
        try (QueryExecution qe = QueryExecution.service(endpoint.getURI()).query("ASK { GRAPH ?g { ?s ?p ?o } }").build()) {
            assertTrue(qe.execAsk(), "the endpoint the description names answers");
        }
    }

    @Test
    void qualityMeasurementsEqualTheBuildsRecordCounts() throws Exception {
        Graph catalogue = rdf(get("catalog", "text/turtle", false), Lang.TURTLE);
        for (ReleaseOutcome outcome : report.releases()) {
            Node ds = NodeFactory.createURI(BASE + "id/dataset/" + outcome.release());
            assertEquals(outcome.read(), measurement(catalogue, ds, Quality.RECORDS_READ), outcome.release());
            assertEquals(outcome.loaded(), measurement(catalogue, ds, Quality.RECORDS_LOADED), outcome.release());
            assertEquals(outcome.rejected(), measurement(catalogue, ds, Quality.RECORDS_REJECTED), outcome.release());
        }
        Node kent = NodeFactory.createURI(BASE + "id/dataset/police-street-kent-2025-01");
        assertEquals(2, measurement(catalogue, kent, Quality.RECORDS_REJECTED));
        Map<String, Long> stages = stageMeasurements(catalogue, kent);
        assertEquals(Set.of("map", "validate"), stages.keySet(), "the bad month fails mapping, the bad type a shape");
        assertEquals(1L, stages.get("map"));
        long violations = 0;
        for (Node m : measurementsOf(catalogue, kent, Quality.SHAPE_VIOLATIONS)) {
            violations += value(catalogue, m);
            assertTrue(G.hasProperty(catalogue, m, Quality.VIOLATED_SHAPE) || G.hasProperty(catalogue, m, Quality.RESULT_PATH));
        }
        assertEquals(stages.get("validate"), violations, "every violation is counted under its shape");
        String page = new String(get("catalog", "text/html", false).body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td>Records rejected</td><td></td><td class=\"n\">2</td>"), page);
        assertTrue(page.contains("Unresolved codes"), "the checks of the build are shown");
    }

    @Test
    void catalogueRendersInHeadlessChromium() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.in(tmp.resolve("chromium"));
        String dom = chromium.dom(root + "catalog");
        assertTrue(dom.contains("Kent Police street-level crime, 2025-01 (synthetic)"), dom);
        assertTrue(dom.contains("<td>Records rejected</td><td></td><td class=\"n\">2</td>"), dom);
        assertFalse(dom.contains("Secret release"));
        Path screenshot = chromium.screenshot("catalogue.png", root + "catalog");
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the page was written to " + screenshot);
    }

    // ---- restricted graphs

    @Test
    void restrictedReleaseIsAbsentForAnonymousAndPresentForItsReaders() throws Exception {
        for (String path : List.of("catalog?format=ttl", "catalog?format=html", ".well-known/void", "dumps/", "dumps/?format=json")) {
            String anonymous = new String(get(path, null, false).body(), StandardCharsets.UTF_8);
            assertFalse(anonymous.contains("secret-release"), path + " names the restricted graph");
            assertFalse(anonymous.contains("Secret release"), path);
            String reader = new String(get(path, null, true).body(), StandardCharsets.UTF_8);
            assertTrue(reader.contains("secret-release"), path + " for a reader of the restricted graph");
        }
        Graph catalogue = rdf(get("catalog", "text/turtle", true), Lang.TURTLE);
        assertEquals(NodeFactory.createURI(CatalogueGraph.ACCESS_RIGHT + "RESTRICTED"), G.getOneSP(catalogue,
            NodeFactory.createURI(BASE + "id/dataset/secret-release-2025"), CatalogueGraph.dcterms("accessRights")));
    }

    @Test
    void restrictedDumpIsNotFoundForAnonymousExactlyLikeAMissingOne() throws Exception {
        HttpResponse<byte[]> hidden = get("dumps/secret-release-2025.nt.gz", null, false);
        HttpResponse<byte[]> missing = get("dumps/no-such-release.nt.gz", null, false);
        assertEquals(404, hidden.statusCode());
        assertEquals(404, get("dumps/secret-release-2025.nt.gz.sha256", null, false).statusCode());
        assertEquals(new String(missing.body(), StandardCharsets.UTF_8).replace("no-such-release", "X"),
            new String(hidden.body(), StandardCharsets.UTF_8).replace("secret-release-2025", "X"));
        assertEquals(200, get("dumps/secret-release-2025.nt.gz", null, true).statusCode());
        DatasetGraph all = quads(get("dumps/odsl.nq.gz", null, false).body());
        assertFalse(all.containsGraph(NodeFactory.createURI(SECRET)));
        assertTrue(quads(get("dumps/odsl.nq.gz", null, true).body()).containsGraph(NodeFactory.createURI(SECRET)));
    }

    // ---- dumps

    @Test
    void everyServedDumpReloadsToItsGraphAndMatchesItsChecksum() throws Exception {
        Set<String> open = new TreeSet<>(tripleCountsBySparql().keySet());
        OpenGraphs.restricted(dsg).forEach(graph -> open.remove(graph.getURI())); // the secret release and restricted feedback
        Set<String> dumped = new TreeSet<>();
        var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get("dumps/", "application/json", false).body());
        for (var item : list.get("graphs")) {
            String graph = item.get("graph").asText();
            dumped.add(graph);
            byte[] dump = get("dumps/" + item.get("file").asText(), null, false).body();
            String checksum = new String(get("dumps/" + item.get("file").asText() + ".sha256", null, false).body(),
                StandardCharsets.UTF_8);
            assertEquals(sha256(dump) + "  " + item.get("file").asText() + "\n", checksum);
            assertTrue(triples(dump).isIsomorphicWith(graphCopy(graph)), "the dump of " + graph + " is its graph");
        }
        assertEquals(open, dumped);
        byte[] all = get("dumps/odsl.nq.gz", null, false).body();
        assertEquals(sha256(all) + "  odsl.nq.gz\n",
            new String(get("dumps/odsl.nq.gz.sha256", null, false).body(), StandardCharsets.UTF_8));
        assertTrue(quads(all).getGraph(NodeFactory.createURI(KENT)).isIsomorphicWith(graphCopy(KENT)));
    }

    @Test
    void dumpCommandWritesOpenGraphsWithChecksumsThatReload() throws Exception {
        Path dumps = tmp.resolve("dumps");
        Set<String> files = new TreeSet<>();
        try (var listing = Files.list(dumps)) {
            listing.forEach(f -> files.add(f.getFileName().toString()));
        }
        assertFalse(files.stream().anyMatch(f -> f.contains("secret")), "restricted graphs stay out: " + files);
        for (String graph : List.of(KENT, WEST_YORKSHIRE, BASE + "graph/derived", BASE + "graph/ontology")) {
            String file = graph.substring(graph.lastIndexOf('/') + 1) + ".nt.gz";
            byte[] dump = Files.readAllBytes(dumps.resolve(file));
            assertEquals(sha256(dump) + "  " + file + "\n", Files.readString(dumps.resolve(file + ".sha256")));
            assertTrue(triples(dump).isIsomorphicWith(graphCopy(graph)), file);
        }
        byte[] all = Files.readAllBytes(dumps.resolve("odsl.nq.gz"));
        assertEquals(sha256(all) + "  odsl.nq.gz\n", Files.readString(dumps.resolve("odsl.nq.gz.sha256")));
        DatasetGraph reloaded = quads(all);
        assertFalse(reloaded.containsGraph(NodeFactory.createURI(SECRET)));
        assertTrue(reloaded.getGraph(NodeFactory.createURI(WEST_YORKSHIRE)).isIsomorphicWith(graphCopy(WEST_YORKSHIRE)));
    }

    // ---- extract

    @Test
    void extractOfADistrictHoldsItsLsoasCrimesAndNothingOfAnotherDistrict() throws Exception {
        Set<String> expected = crimesIn(LEEDS);
        assertFalse(expected.isEmpty());
        for (Graph extract : List.of(
                quads(Files.readAllBytes(tmp.resolve("leeds.nq")), false).getUnionGraph(),
                rdf(Files.readAllBytes(tmp.resolve("leeds.ttl")), Lang.TURTLE),
                rdf(get("extract/area/" + LEEDS, null, false), Lang.TURTLE))) {
            Set<String> crimes = new TreeSet<>();
            G.listPO(extract, NodeFactory.createURI(ODSL + "lsoa"), Node.ANY).forEach(c -> crimes.add(c.getURI()));
            assertEquals(expected, crimes);
            Set<String> bradford = crimesIn(BRADFORD);
            assertFalse(bradford.isEmpty());
            assertTrue(extract.find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
                .noneMatch(t -> t.getSubject().isURI() && bradford.contains(t.getSubject().getURI())),
                "nothing about Bradford's crimes");
            assertFalse(extract.contains(NodeFactory.createURI(AREA + BRADFORD), Node.ANY, Node.ANY));
            assertTrue(extract.contains(NodeFactory.createURI(AREA + LEEDS), RDF.Nodes.type, Node.ANY));
        }
        HttpResponse<byte[]> nquads = get("extract/area/" + LEEDS + ".nq", null, true);
        assertEquals(200, nquads.statusCode());
        Graph forReader = quads(nquads.body(), false).getUnionGraph();
        assertTrue(forReader.contains(NodeFactory.createURI(SECRET_CRIME), Node.ANY, Node.ANY),
            "a reader of the restricted release gets its crime in the extract");
        assertEquals(404, get("extract/area/E09999999", null, false).statusCode());
    }

    // ---- helpers

    private Node catalogueNode() {
        return NodeFactory.createURI(root + "catalog");
    }

    private int cli(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.all());
        return run.exitCode();
    }

    /** Triples per named graph, counted by SPARQL straight on the store. */
    private Map<String, Long> tripleCountsBySparql() {
        Map<String, Long> counts = new HashMap<>();
        Txn.executeRead(dsg, () -> QueryExec.dataset(dsg)
            .query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").select()
            .forEachRemaining(row -> counts.put(row.get("g").getURI(), Long.parseLong(row.get("n").getLiteralLexicalForm()))));
        return counts;
    }

    private long crimeRecordsBySparql(String graph) {
        return Txn.calculateRead(dsg, () -> Long.parseLong(QueryExec.dataset(dsg).query("SELECT (COUNT(DISTINCT ?c) AS ?n)"
            + " { GRAPH <" + graph + "> { ?c a <" + ODSL + "CrimeRecord> } }").select().next().get("n").getLiteralLexicalForm()));
    }

    /** Crimes located in an LSOA within the district, in the open graphs. */
    private Set<String> crimesIn(String district) {
        Set<String> crimes = new TreeSet<>();
        Txn.executeRead(dsg, () -> QueryExec.dataset(dsg).query("SELECT DISTINCT ?c { GRAPH ?g { ?c <" + ODSL + "lsoa> ?l }"
            + " FILTER (?g != <" + SECRET + ">) GRAPH ?h { ?l <" + ODSL + "within> <" + AREA + district + "> } }").select()
            .forEachRemaining(row -> crimes.add(row.get("c").getURI())));
        return crimes;
    }

    private static long classPartitionEntities(Graph g, Node ds, String type) {
        for (Node p : G.listSP(g, ds, Quality.CLASS_PARTITION)) {
            if (g.contains(p, Quality.CLASS, NodeFactory.createURI(type))) {
                return Long.parseLong(G.getOneSP(g, p, Quality.ENTITIES).getLiteralLexicalForm());
            }
        }
        throw new AssertionError("no class partition for " + type);
    }

    private static List<Node> measurementsOf(Graph g, Node ds, Node metric) {
        return G.listSP(g, ds, Quality.HAS_QUALITY_MEASUREMENT).stream()
            .filter(m -> g.contains(m, Quality.IS_MEASUREMENT_OF, metric))
            .peek(m -> assertTrue(g.contains(m, Quality.COMPUTED_ON, ds)))
            .peek(m -> assertTrue(g.contains(m, RDF.Nodes.type, Quality.QUALITY_MEASUREMENT))).toList();
    }

    private static long measurement(Graph g, Node ds, Node metric) {
        List<Node> found = measurementsOf(g, ds, metric);
        assertEquals(1, found.size(), "one measurement of " + metric + " on " + ds);
        return value(g, found.get(0));
    }

    private static Map<String, Long> stageMeasurements(Graph g, Node ds) {
        Map<String, Long> stages = new HashMap<>();
        measurementsOf(g, ds, Quality.REJECTED_AT_STAGE).forEach(m ->
            stages.put(G.getOneSP(g, m, Quality.STAGE).getLiteralLexicalForm(), value(g, m)));
        return stages;
    }

    private static long value(Graph g, Node measurement) {
        return Long.parseLong(G.getOneSP(g, measurement, Quality.VALUE).getLiteralLexicalForm());
    }

    private Graph graphCopy(String graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(copy::add));
        return copy;
    }

    private HttpResponse<byte[]> get(String path, String accept, boolean restrictedReader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (restrictedReader) {
            request.header(ROLE_HEADER, "yes");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Graph rdf(HttpResponse<byte[]> response, Lang lang) {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        return rdf(response.body(), lang);
    }

    private static Graph rdf(byte[] body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }

    private static Graph triples(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return rdf(in.readAllBytes(), Lang.NTRIPLES);
        }
    }

    private static DatasetGraph quads(byte[] gzip) throws IOException {
        return quads(gzip, true);
    }

    private static DatasetGraph quads(byte[] bytes, boolean gzipped) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.create();
        try (InputStream in = gzipped ? new GZIPInputStream(new ByteArrayInputStream(bytes)) : new ByteArrayInputStream(bytes)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dataset);
        }
        return dataset;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
