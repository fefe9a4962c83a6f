package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendatasaveslives.odsl.serve.AccessFixture.NONEXISTENT;
import static org.opendatasaveslives.odsl.serve.AccessFixture.RELEASES;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.AccessFixture.Client;
import org.opendatasaveslives.odsl.serve.AccessFixture.Release;
import org.opendatasaveslives.odsl.serve.AccessFixture.Who;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every route × every role over a dataset with open and restricted releases: each user reads exactly the triples of
 * the graphs their roles allow, a restricted graph they may not read looks exactly like one that does not exist, and
 * no response (error messages included) names it or holds any of its data. Add a route to {@link #routes()} and it is
 * checked for every role.
 */
class AccessMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLOWED_ORIGIN = "https://partner.example.org";
    private static final String ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path temp;

    private static DatasetGraph dataset;
    private static OdslServer server;
    private static Path users;
    private static Path audit;
    private static final Client client = new Client();

    /** One way of reading from the server, and what each role must get from it. */
    record Route(String name, Function<Who, HttpRequest.Builder> request, Expectation expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Expectation {
        void check(Who who, HttpResponse<String> response) throws Exception;
    }

    @BeforeAll
    static void startServer() {
        dataset = AccessFixture.dataset();
        users = AccessFixture.writeUsers(temp.resolve("users.txt"));
        audit = temp.resolve("audit/odsl-audit.jsonl");
        server = OdslServer.start(ServeConfig.forDataset(dataset)
                .port(0)
                .users(users)
                .auditLog(audit)
                .corsOrigin(ALLOWED_ORIGIN)
                .exampleQueries(ExampleQueries.onClasspath("serve/access-queries"))
                .build());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest(route.name() + " as " + who, () -> {
                    HttpRequest.Builder request = route.request().apply(who);
                    String requestUri = request.copy().build().uri().toString();
                    HttpResponse<String> response = client.send(who, request);
                    if (!who.authenticates()) {
                        assertEquals(401, response.statusCode(), response.body());
                        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
                    } else {
                        route.expect().check(who, response);
                    }
                    assertRevealsNothingRestricted(who, requestUri, response);
                }));
            }
        }
        return tests.stream();
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (String path : List.of(OdslServer.SPARQL_PATH, OdslServer.QUERY_PATH, OdslServer.DATASET_PATH)) {
            routes.add(new Route("SPARQL GET " + path, who -> sparqlGet(path, ALL_TRIPLES, "application/n-triples"),
                    AccessMatrixTest::readableTriples));
            routes.add(new Route("SPARQL POST form " + path, who -> sparqlPostForm(path, ALL_TRIPLES),
                    AccessMatrixTest::readableTriples));
            routes.add(new Route("SPARQL POST query " + path, who -> sparqlPostBody(path, ALL_TRIPLES),
                    AccessMatrixTest::readableTriples));
        }
        routes.add(new Route("SPARQL union default graph", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples"), AccessMatrixTest::readableTriples));
        routes.add(new Route("SPARQL graph names", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", "text/csv"), (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    Set<String> names = response.body().lines().skip(1).map(String::strip).collect(Collectors.toSet());
                    assertEquals(who.readable().stream().map(Release::uri).collect(Collectors.toSet()), names);
                }));
        String fromAll = "CONSTRUCT { ?s ?p ?o } " + RELEASES.stream().map(r -> "FROM <" + r.uri() + "> ")
                .collect(Collectors.joining()) + "WHERE { ?s ?p ?o }";
        routes.add(new Route("SPARQL FROM every graph", who -> sparqlGet(OdslServer.SPARQL_PATH, fromAll,
                "application/n-triples"), AccessMatrixTest::readableTriples));
        String fromNamedAll = "CONSTRUCT { ?s ?p ?o } " + RELEASES.stream().map(r -> "FROM NAMED <" + r.uri() + "> ")
                .collect(Collectors.joining()) + "WHERE { GRAPH ?g { ?s ?p ?o } }";
        routes.add(new Route("SPARQL FROM NAMED every graph", who -> sparqlGet(OdslServer.SPARQL_PATH, fromNamedAll,
                "application/n-triples"), AccessMatrixTest::readableTriples));
        routes.add(new Route("SPARQL FROM NAMED union graph", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "CONSTRUCT { ?s ?p ?o } FROM NAMED <" + Quad.unionGraph.getURI() + "> WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/n-triples"), (who, response) -> {
                    // Jena answers this one with no triples under access control; what matters is never more.
                    assertEquals(200, response.statusCode(), response.body());
                    assertTrue(tripleStrings(who.readable()).containsAll(parseTriples(response.body())));
                }));
        routes.add(new Route("SPARQL GRAPH union graph", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + Quad.unionGraph.getURI() + "> { ?s ?p ?o } }",
                "application/n-triples"), AccessMatrixTest::readableTriples));
        routes.add(new Route("SPARQL protocol default-graph-uri", who -> get(OdslServer.SPARQL_PATH + "?query="
                + encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") + RELEASES.stream()
                .map(r -> "&default-graph-uri=" + encode(r.uri())).collect(Collectors.joining()), "application/n-triples"),
                AccessMatrixTest::readableTriples));
        for (Release release : RELEASES) {
            routes.add(new Route("SPARQL GRAPH <" + release.name() + ">", who -> sparqlGet(OdslServer.SPARQL_PATH,
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + release.uri() + "> { ?s ?p ?o } }", "application/n-triples"),
                    (who, response) -> assertTriples(who.mayRead(release) ? List.of(release) : List.of(), response)));
        }
        routes.add(new Route("SPARQL COUNT of every quad", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv"), (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    assertEquals(Long.toString(who.readable().stream().mapToLong(r -> r.quads().size()).sum()),
                            response.body().lines().skip(1).findFirst().orElse("").strip());
                }));
        for (Release release : RELEASES) {
            String thing = "https://odsl.org.uk/id/thing/" + release.name() + "-0";
            routes.add(new Route("SPARQL DESCRIBE a thing of " + release.name(), who -> sparqlGet(OdslServer.SPARQL_PATH,
                    "DESCRIBE <" + thing + ">", "application/n-triples"), (who, response) -> {
                        assertEquals(200, response.statusCode(), response.body());
                        assertEquals(who.mayRead(release) ? 1 : 0, parseTriples(response.body()).size());
                    }));
            routes.add(new Route("SPARQL ASK GRAPH <" + release.name() + ">", who -> sparqlGet(OdslServer.SPARQL_PATH,
                    "ASK { GRAPH <" + release.uri() + "> { ?s ?p ?o } }", "application/sparql-results+json"),
                    (who, response) -> assertEquals(who.mayRead(release),
                            JSON.readTree(response.body()).get("boolean").asBoolean(), response.body())));
            routes.add(new Route("GSP HEAD ?graph=" + release.name(), who -> HttpRequest.newBuilder(url(
                    OdslServer.GRAPH_STORE_PATH + "?graph=" + encode(release.uri()))).header("Accept", "text/turtle")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()),
                    (who, response) -> assertEquals(who.mayRead(release) ? 200 : 404, response.statusCode())));
        }
        routes.add(new Route("SPARQL property path", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT ?o WHERE { ?s <" + AccessFixture.MARKER.getURI() + ">+ ?o }", "text/csv"), (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    assertEquals(who.readable().stream().mapToLong(Release::things).sum(),
                            response.body().lines().skip(1).filter(l -> !l.isBlank()).count(), response.body());
                }));
        routes.add(new Route("SPARQL property path in GRAPH ?g", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT ?o WHERE { GRAPH ?g { ?s <" + AccessFixture.MARKER.getURI() + ">* ?o } }", "text/csv"),
                (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    assertRevealsNothingRestricted(who, "", response);
                }));
        for (Release release : RELEASES) {
            routes.add(new Route("SPARQL list:member of " + release.name(), who -> sparqlGet(OdslServer.SPARQL_PATH,
                    "SELECT ?m WHERE { <" + release.list().getURI() + "> <http://jena.apache.org/ARQ/list#member> ?m }",
                    "text/csv"), (who, response) -> {
                        assertEquals(200, response.statusCode(), response.body());
                        assertEquals(who.mayRead(release) ? 2 : 0, response.body().lines().skip(1).filter(l -> !l.isBlank()).count());
                    }));
        }
        routes.add(new Route("SPARQL path inside FILTER EXISTS", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s <" + AccessFixture.MARKER.getURI() + ">+ ?x } }", "text/csv"),
                (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    assertEquals(who.readable().stream().mapToLong(Release::things).sum(),
                            response.body().lines().skip(1).filter(l -> !l.isBlank()).count(), response.body());
                }));
        routes.add(new Route("ping", who -> get(OdslServer.PING_PATH, "*/*"),
                (who, response) -> assertEquals(200, response.statusCode())));
        for (String path : List.of(OdslServer.GRAPH_STORE_PATH, OdslServer.DATASET_PATH)) {
            for (Release release : RELEASES) {
                routes.add(new Route("GSP " + path + "?graph=" + release.name(),
                        who -> get(path + "?graph=" + encode(release.uri()), "application/n-triples"),
                        (who, response) -> graphStoreRead(who, release, path, response)));
            }
            routes.add(new Route("GSP " + path + "?default", who -> get(path + "?default", "application/n-triples"),
                    AccessMatrixTest::readableTriples));
        }
        routes.add(new Route("GSP whole dataset", who -> get(OdslServer.GRAPH_STORE_PATH, "application/n-quads"),
                (who, response) -> {
                    assertEquals(200, response.statusCode(), response.body());
                    assertEquals(quadStrings(who.readable()), parseQuads(response.body()));
                }));
        routes.add(new Route("home page", who -> get("/", "text/html"), AccessMatrixTest::listsTheQueriesTheRoleMayRun));
        routes.add(new Route("queries.json", who -> get("/queries.json", "application/json"), (who, response) -> {
            assertEquals(200, response.statusCode());
            Set<String> names = new HashSet<>();
            JSON.readTree(response.body()).forEach(q -> names.add(q.get("name").asText()));
            assertEquals(who.readsRestricted() ? Set.of("01-open-count", "02-restricted-assessments") : Set.of("01-open-count"),
                    names);
        }));
        routes.add(new Route("restricted example query file", who -> get("/queries/02-restricted-assessments.rq", "*/*"),
                (who, response) -> assertEquals(who.readsRestricted() ? 200 : 404, response.statusCode())));
        for (Release release : RELEASES) {
            String thing = "thing/" + release.name() + "-0";
            routes.add(new Route("linked-data page /doc/" + thing, who -> get("/doc/" + thing, "text/html"),
                    (who, response) -> assertEquals(who.mayRead(release) ? 200 : 404, response.statusCode())));
            routes.add(new Route("linked-data Turtle /doc/" + thing + ".ttl", who -> get("/doc/" + thing + ".ttl", "*/*"),
                    (who, response) -> assertEquals(who.mayRead(release) ? 200 : 404, response.statusCode())));
            routes.add(new Route("dump of " + release.name(), who -> get("/dumps/" + release.name() + ".nt.gz", "*/*"),
                    (who, response) -> assertEquals(who.mayRead(release) ? 200 : 404, response.statusCode())));
        }
        routes.add(new Route("ontology index /def/", who -> get("/def/", "text/html"),
                (who, response) -> assertEquals(200, response.statusCode())));
        routes.add(new Route("catalogue HTML", who -> get("/catalog", "text/html"),
                (who, response) -> assertEquals(200, response.statusCode())));
        routes.add(new Route("catalogue Turtle", who -> get("/catalog", "text/turtle"),
                (who, response) -> assertEquals(200, response.statusCode())));
        routes.add(new Route("VoID and service description", who -> get("/.well-known/void", "text/turtle"),
                (who, response) -> assertEquals(200, response.statusCode())));
        routes.add(new Route("dumps list", who -> get("/dumps/?format=json", "application/json"), (who, response) -> {
            assertEquals(200, response.statusCode(), response.body());
            Set<String> listed = new HashSet<>();
            JSON.readTree(response.body()).get("graphs").forEach(g -> listed.add(g.get("graph").asText()));
            listed.removeIf(graph -> graph.contains("/graph/feedback"));
            assertEquals(who.readable().stream().map(Release::uri).collect(Collectors.toSet()), listed);
        }));
        routes.add(new Route("error: SPARQL syntax", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT * WHERE { GRAPH ?g { ?s ?p ", "application/sparql-results+json"),
                (who, response) -> assertEquals(400, response.statusCode())));
        routes.add(new Route("error: SERVICE", who -> sparqlGet(OdslServer.SPARQL_PATH,
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "application/sparql-results+json"),
                (who, response) -> assertClientError(response)));
        routes.add(new Route("error: SPARQL update", who -> HttpRequest.newBuilder(url(OdslServer.SPARQL_PATH))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")), (who, response) -> assertClientError(response)));
        routes.add(new Route("error: GSP write", who -> HttpRequest.newBuilder(url(OdslServer.GRAPH_STORE_PATH + "?graph="
                        + encode(AccessFixture.POLICE_DASH.uri())))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")),
                (who, response) -> assertEquals(405, response.statusCode())));
        return routes;
    }

    @Test
    void restrictedGraphLooksExactlyLikeAMissingOneToThoseWhoMayNotReadIt() throws Exception {
        for (Who who : List.of(Who.ANONYMOUS, Who.RESEARCHER, Who.HEALTH)) {
            HttpResponse<String> missing = client.get(who, base(OdslServer.GRAPH_STORE_PATH + "?graph=" + encode(NONEXISTENT)),
                    "text/turtle");
            HttpResponse<String> restricted = client.get(who, base(OdslServer.GRAPH_STORE_PATH + "?graph="
                    + encode(AccessFixture.POLICE_DASH.uri())), "text/turtle");
            assertEquals(404, missing.statusCode());
            assertEquals(missing.statusCode(), restricted.statusCode());
            assertEquals(missing.body().replace(NONEXISTENT, "GRAPH"),
                    restricted.body().replace(AccessFixture.POLICE_DASH.uri(), "GRAPH"));
            assertEquals(missing.headers().firstValue("Content-Type"), restricted.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void queriesThatCanReadRestrictedDataAreAuditedWithoutTheirResults() throws Exception {
        String probe = "# probe " + UUID.randomUUID() + "\nSELECT ?s ?o WHERE { ?s <" + AccessFixture.MARKER.getURI() + "> ?o }";
        for (Who who : Who.values()) {
            client.send(who, sparqlPostForm(OdslServer.SPARQL_PATH, probe));
        }
        String graphRead = OdslServer.GRAPH_STORE_PATH + "?graph=" + encode(AccessFixture.POLICE_DASH.uri());
        client.get(Who.POLICE, base(graphRead), "application/n-triples");

        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(audit)) {
            entries.add(JSON.readTree(line));
        }
        List<JsonNode> probes = entries.stream().filter(e -> e.get("query").asText().equals(probe)).toList();
        Set<String> audited = probes.stream().map(e -> e.get("user").asText()).collect(Collectors.toSet());
        assertEquals(Set.of(Who.POLICE.user, Who.HEALTH.user, Who.CARE.user, Who.SAFEGUARDING.user), audited,
                "only users who can read restricted releases are audited, once per query");
        assertEquals(4, probes.size());
        for (JsonNode entry : probes) {
            Who who = Arrays.stream(Who.values()).filter(w -> entry.get("user").asText().equals(w.user)).findFirst().orElseThrow();
            long expectedRows = who.readable().stream().mapToLong(Release::things).sum();
            assertEquals(List.of("time", "user", "roles", "route", "query", "results", "status", "durationMs"),
                    iterableToList(entry.fieldNames()));
            assertTrue(Instant.parse(entry.get("time").asText()).isBefore(Instant.now().plusSeconds(1)));
            assertEquals(who.roles.iterator().next().id(), entry.get("roles").get(0).asText());
            assertEquals("POST " + OdslServer.SPARQL_PATH, entry.get("route").asText());
            assertEquals(expectedRows, entry.get("results").asLong());
            assertEquals(200, entry.get("status").asInt());
            assertTrue(entry.get("durationMs").asLong() >= 0);
        }
        JsonNode read = entries.stream().filter(e -> e.get("query").asText().contains(encode(AccessFixture.POLICE_DASH.uri())))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("GET " + OdslServer.GRAPH_STORE_PATH, read.get("route").asText());
        assertEquals(AccessFixture.POLICE_DASH.quads().size(), read.get("results").asInt());

        String log = Files.readString(audit);
        assertFalse(log.contains("SECRET-") || log.contains("OPEN-"), "the audit log must never hold results: " + log);
    }

    @Test
    void serviceIsRefusedForEveryone() throws Exception {
        for (Who who : List.of(Who.ANONYMOUS, Who.SAFEGUARDING)) {
            HttpResponse<String> response = client.send(who, sparqlGet(OdslServer.SPARQL_PATH,
                    "SELECT * WHERE { SERVICE <" + server.sparqlUrl() + "> { ?s ?p ?o } }", "application/sparql-results+json"));
            assertEquals(422, response.statusCode(), response.body());
        }
    }

    @Test
    void corsAnswersOnlyTheConfiguredOriginAndNeverWithAWildcard() throws Exception {
        HttpResponse<String> allowed = client.send(Who.POLICE, sparqlGet(OdslServer.SPARQL_PATH, "ASK {}",
                "application/sparql-results+json").header("Origin", ALLOWED_ORIGIN));
        assertEquals(ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("true", allowed.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));

        HttpResponse<String> other = client.send(Who.ANONYMOUS, sparqlGet(OdslServer.SPARQL_PATH, "ASK {}",
                "application/sparql-results+json").header("Origin", "https://elsewhere.example.com"));
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        // A browser's preflight carries no credentials: it must not be refused with 401.
        HttpResponse<String> preflight = client.send(Who.ANONYMOUS, HttpRequest.newBuilder(url(OdslServer.SPARQL_PATH))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertEquals(ALLOWED_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"));
    }

    @Test
    void theUsersFileHoldsHashesNeverPasswords() throws Exception {
        String text = Files.readString(users);
        for (Who who : Who.values()) {
            if (who.user != null) {
                assertFalse(text.contains(who.password()), "plain password of " + who.user + " in the users file");
            }
        }
        assertEquals(5, text.lines().filter(l -> l.contains("\tpbkdf2-sha256:")).count(), text);
    }

    @Test
    void loginPageAsksForCredentialsAndSendsAUserHome() throws Exception {
        HttpResponse<String> anonymous = client.get(Who.ANONYMOUS, base("/login"), "text/html");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"ODSL Graph\""));
        HttpResponse<String> police = client.get(Who.POLICE, base("/login"), "text/html");
        assertEquals(302, police.statusCode());
    }

    @Test
    void readableDatasetOfARequestHoldsOnlyItsUsersGraphs() {
        // The seam later routes use: checked here through the same views as Fuseki's endpoints.
        assertEquals(Set.of(), graphsThrough(null).stream().filter(g -> g.contains("restricted")).collect(Collectors.toSet()));
        assertEquals(Who.POLICE.readable().stream().map(Release::uri).collect(Collectors.toSet()), graphsThrough(Who.POLICE.user));
        assertEquals(Who.SAFEGUARDING.readable().stream().map(Release::uri).collect(Collectors.toSet()),
                graphsThrough(Who.SAFEGUARDING.user));
    }

    private static Set<String> graphsThrough(String user) {
        DatasetGraph view = server.readableDataset().forRequest(requestOf(user));
        return org.apache.jena.system.Txn.calculateRead(view, () -> {
            Set<String> graphs = new HashSet<>();
            view.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            return graphs;
        });
    }

    private static HttpServletRequest requestOf(String user) {
        return (HttpServletRequest) Proxy.newProxyInstance(AccessMatrixTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRemoteUser")) {
                        return user;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void readableTriples(Who who, HttpResponse<String> response) {
        assertTriples(who.readable(), response);
    }

    private static void assertTriples(List<Release> releases, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(tripleStrings(releases), parseTriples(response.body()));
    }

    private static void graphStoreRead(Who who, Release release, String path, HttpResponse<String> response) throws Exception {
        if (who.mayRead(release)) {
            assertTriples(List.of(release), response);
            return;
        }
        HttpResponse<String> missing = client.get(who, base(path + "?graph=" + encode(NONEXISTENT)), "application/n-triples");
        assertEquals(404, response.statusCode());
        assertEquals(missing.body().replace(NONEXISTENT, release.uri()), response.body());
    }

    private static void listsTheQueriesTheRoleMayRun(Who who, HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Open things per graph"));
        assertEquals(who.readsRestricted(), response.body().contains("Restricted risk assessments by officer"), who.name());
    }

    /** The universal rule: nothing of a restricted graph the user may not read, neither its name nor its data. */
    private static void assertRevealsNothingRestricted(Who who, String requestUri, HttpResponse<String> response) {
        String everything = response.body() + response.headers().map();
        for (Release release : RELEASES) {
            if (who.authenticates() && who.mayRead(release)) {
                continue;
            }
            assertFalse(everything.contains(release.markerPrefix()), "data of " + release.name() + " in " + everything);
            if (release.restricted() && !requestUri.contains(encode(release.uri())) && !requestUri.contains(release.uri())) {
                assertFalse(everything.contains(release.uri()), "name of " + release.name() + " in " + everything);
            }
        }
    }

    private static Set<String> tripleStrings(List<Release> releases) {
        return releases.stream().flatMap(r -> r.quads().stream()).map(q -> NodeFmtLib.str(q.asTriple()))
                .collect(Collectors.toSet());
    }

    private static Set<String> quadStrings(List<Release> releases) {
        return releases.stream().flatMap(r -> r.quads().stream()).map(NodeFmtLib::str).collect(Collectors.toSet());
    }

    private static Set<String> parseTriples(String body) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body).lang(Lang.NTRIPLES).parse(graph);
        return graph.find().mapWith(NodeFmtLib::str).toSet();
    }

    private static Set<String> parseQuads(String body) {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(body).lang(Lang.NQUADS).parse(quads);
        Set<String> result = new HashSet<>();
        quads.find().forEachRemaining((Quad q) -> result.add(NodeFmtLib.str(q)));
        return result;
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
    }

    private static HttpRequest.Builder sparqlGet(String path, String query, String accept) {
        return get(path + "?query=" + encode(query), accept);
    }

    private static HttpRequest.Builder sparqlPostForm(String path, String query) {
        return HttpRequest.newBuilder(url(path)).header("Accept", "application/n-triples")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query)));
    }

    private static HttpRequest.Builder sparqlPostBody(String path, String query) {
        return HttpRequest.newBuilder(url(path)).header("Accept", "application/n-triples")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query));
    }

    private static HttpRequest.Builder get(String pathAndQuery, String accept) {
        return HttpRequest.newBuilder(url(pathAndQuery)).header("Accept", accept).GET();
    }

    private static URI url(String pathAndQuery) {
        return URI.create(base(pathAndQuery));
    }

    private static String base(String pathAndQuery) {
        return server.baseUrl() + pathAndQuery.substring(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
