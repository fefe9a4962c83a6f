package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks HTTP to a running server over an in-memory TDB2 dataset holding two source releases. */
class OdslServerTest {
    private static final String POLICE = "https://odsl.org.uk/graph/police/2024-01";
    private static final String HEALTH = "https://odsl.org.uk/graph/health/2024-02";
    private static final List<String> POLICE_TRIPLES = List.of(
            "(<https://odsl.org.uk/id/crime/1> <https://odsl.org.uk/def/odsl/count> 3)",
            "(<https://odsl.org.uk/id/crime/2> <https://odsl.org.uk/def/odsl/count> 4)",
            "(<https://odsl.org.uk/id/crime/3> <https://odsl.org.uk/def/odsl/count> 5)");
    private static final List<String> HEALTH_TRIPLES = List.of(
            "(<https://odsl.org.uk/id/trust/RJ1> <https://odsl.org.uk/def/odsl/beds> 120)",
            "(<https://odsl.org.uk/id/trust/RJ2> <https://odsl.org.uk/def/odsl/beds> 80)");

    private static DatasetGraph dataset;
    private static OdslServer server;
    private static HttpClient http;

    @BeforeAll
    static void startServer() {
        dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            dataset.addGraph(NodeFactory.createURI(POLICE), graphOf(POLICE_TRIPLES));
            dataset.addGraph(NodeFactory.createURI(HEALTH), graphOf(HEALTH_TRIPLES));
        });
        server = OdslServer.start(ServeConfig.forDataset(dataset)
                .port(0)
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get(server.pingUrl()).statusCode());
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", server.host());
        assertEquals("http://127.0.0.1:" + server.port() + "/odsl/sparql", server.sparqlUrl());
    }

    @Test
    void defaultGraphOfAQueryIsTheUnionOfTheReleases() throws Exception {
        ResultSet results = select(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        assertEquals(5, results.next().getLiteral("n").getInt());
    }

    @Test
    void queryPathAndDatasetPathAnswerToo() throws Exception {
        String query = "SELECT ?s WHERE { ?s <https://odsl.org.uk/def/odsl/beds> 80 }";
        String expected = "https://odsl.org.uk/id/trust/RJ2";
        assertEquals(expected, select(base() + "odsl/query", query).next().getResource("s").getURI());
        assertEquals(expected, select(base() + "odsl", query).next().getResource("s").getURI());
    }

    @Test
    void namedGraphsRemainVisible() throws Exception {
        ResultSet results = select(server.sparqlUrl(), "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g");
        List<String> graphs = new ArrayList<>();
        results.forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        assertEquals(List.of(HEALTH, POLICE), graphs);
    }

    @Test
    void graphStoreReturnsExactlyTheTriplesOfOneGraph() throws Exception {
        HttpResponse<String> response = get(server.graphStoreUrl() + "?graph=" + encode(POLICE), "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(parseTurtle(response.body()).isIsomorphicWith(graphOf(POLICE_TRIPLES)));
    }

    @Test
    void graphStoreDefaultGraphIsTheUnion() throws Exception {
        HttpResponse<String> response = get(server.graphStoreUrl() + "?default", "text/turtle");
        assertEquals(200, response.statusCode());
        List<String> all = new ArrayList<>(POLICE_TRIPLES);
        all.addAll(HEALTH_TRIPLES);
        assertTrue(parseTurtle(response.body()).isIsomorphicWith(graphOf(all)));
    }

    @Test
    void graphStoreAnswersNotFoundForAnUnknownGraph() throws Exception {
        assertEquals(404, get(server.graphStoreUrl() + "?graph=" + encode("https://odsl.org.uk/graph/none"), "text/turtle").statusCode());
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String target = server.graphStoreUrl() + "?graph=" + encode(POLICE);
        HttpRequest.BodyPublisher turtle = HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .");
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(target)).POST(turtle).header("Content-Type", "text/turtle")).statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(target)).PUT(turtle).header("Content-Type", "text/turtle")).statusCode());
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(target)).DELETE()).statusCode());
        assertDataUnchanged();
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (String endpoint : List.of(server.sparqlUrl(), base() + "odsl", base() + "odsl/update")) {
            HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofString(update)).header("Content-Type", "application/sparql-update"));
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update)))
                    .header("Content-Type", "application/x-www-form-urlencoded"));
            assertClientError(direct, endpoint);
            assertClientError(form, endpoint);
        }
        assertDataUnchanged();
    }

    @Test
    void postedQueriesOverTheSizeCapAreRefusedBeforeBeingReadAndSmallerOnesRun() throws Exception {
        String small = "# " + "x".repeat(50_000) + "\nASK { ?s ?p ?o }";
        String large = "# " + "x".repeat((int) QuerySizeFilter.MAX_BYTES) + "\nASK { ?s ?p ?o }";
        for (String endpoint : List.of(server.sparqlUrl(), base() + "odsl")) {
            assertEquals(200, postQuery(endpoint, small).statusCode(), endpoint);
            HttpResponse<String> direct = postQuery(endpoint, large);
            assertEquals(413, direct.statusCode(), endpoint);
            assertTrue(direct.body().contains("limited to " + QuerySizeFilter.MAX_BYTES + " bytes"), direct.body());
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(large)))
                    .header("Content-Type", "application/x-www-form-urlencoded"));
            assertEquals(413, form.statusCode(), endpoint);
        }
    }

    private HttpResponse<String> postQuery(String endpoint, String query) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(endpoint)).POST(HttpRequest.BodyPublishers.ofString(query))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json"));
    }

    @Test
    void serviceToAnotherEndpointIsRefused() throws Exception {
        String query = "SELECT * WHERE { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } }";
        HttpResponse<String> response = get(server.sparqlUrl() + "?query=" + encode(query), "application/sparql-results+json");
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("SERVICE execution disabled"), response.body());
    }

    @Test
    void noCorsHeadersUnlessOriginsAreConfigured() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode("ASK {}")))
                .header("Origin", "https://elsewhere.example.com"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), response.headers().toString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void homePageListsTheExampleQueriesWithoutExternalUrls() throws Exception {
        HttpResponse<String> response = get(base(), "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<dt>Triples per source release</dt>"), html);
        assertTrue(html.contains("How many triples does each named graph hold?"), html);
        assertTrue(html.contains("<dt>02-no-header</dt>"), html);
        assertTrue(html.contains("href=\"queries/01-triples-per-graph.rq\""), html);
        assertFalse(html.contains("://"), "the page must not refer to any other site: " + html);
    }

    @Test
    void homePageAssetsAreServedFromTheClasspath() throws Exception {
        String html = get(base(), "text/html").body();
        Matcher assets = Pattern.compile("(?:src|href)=\"((?:webjars|static)/[^\"]+)\"").matcher(html);
        Set<String> found = assets.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertEquals(Set.of("webjars/yasgui/yasgui.min.css", "webjars/yasgui/yasgui.min.js", "static/odsl.css", "static/home.js"), found);
        for (String asset : found) {
            HttpResponse<String> response = get(base() + asset, "*/*");
            assertEquals(200, response.statusCode(), asset);
            assertFalse(response.body().isEmpty(), asset);
        }
    }

    @Test
    void homePageRunLinkExecutesTheExampleQuery() throws Exception {
        String html = get(base(), "text/html").body();
        Matcher run = Pattern.compile("href=\"(odsl/sparql\\?query=[^\"]+)\">run</a>").matcher(html);
        assertTrue(run.find(), html);
        HttpResponse<String> response = get(base() + run.group(1).replace("&amp;", "&"), "application/sparql-results+json");
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> rows.add(row.getResource("g").getURI() + "=" + row.getLiteral("triples").getInt()));
        assertEquals(List.of(HEALTH + "=2", POLICE + "=3"), rows);
    }

    @Test
    void assetPathsCannotLeaveTheirFolder() throws Exception {
        HttpResponse<String> traversal = get(base() + "static/%2e%2e/%2e%2e/log4j2.xml", "*/*");
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404, "answered " + traversal.statusCode());
        assertFalse(traversal.body().contains("<Configuration"));
        assertEquals(404, get(base() + "static/home.html.class", "*/*").statusCode());
        assertEquals(404, get(base() + "webjars/yasgui/", "*/*").statusCode());
    }

    @Test
    void exampleQueriesAreServedAsJsonAndAsFiles() throws Exception {
        HttpResponse<String> response = get(base() + "queries.json", "application/json");
        assertEquals(200, response.statusCode());
        JsonNode queries = new ObjectMapper().readTree(response.body());
        assertEquals(2, queries.size());
        JsonNode first = queries.get(0);
        assertEquals("01-triples-per-graph", first.get("name").asText());
        assertEquals("Triples per source release", first.get("title").asText());
        assertEquals("How many triples does each named graph hold?", first.get("question").asText());
        assertEquals("/queries/01-triples-per-graph.rq", first.get("file").asText());

        HttpResponse<String> file = get(base() + "queries/01-triples-per-graph.rq", "*/*");
        assertEquals(200, file.statusCode());
        assertEquals(first.get("query").asText(), file.body());
        assertEquals(404, get(base() + "queries/missing.rq", "*/*").statusCode());
    }

    private static void assertClientError(HttpResponse<String> response, String endpoint) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, endpoint + " answered " + status + ": " + response.body());
    }

    private static void assertDataUnchanged() throws Exception {
        ResultSet results = select(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(5, results.next().getLiteral("n").getInt());
    }

    private static ResultSet select(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(endpoint + "?query=" + encode(query), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return get(url, "*/*");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Jetty closes a kept-alive connection after refusing a request; a request racing that close on the pooled
            // connection sees it as "no bytes". That is the client's connection reuse, not the server's answer: retry
            // once on a fresh connection.
            return HttpClient.newHttpClient().send(built, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String base() {
        return server.baseUrl();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Graph parseTurtle(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle).lang(Lang.TURTLE).parse(graph);
        return graph;
    }

    private static Graph graphOf(List<String> triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        triples.forEach(t -> graph.add(SSE.parseTriple(t)));
        return graph;
    }
}
