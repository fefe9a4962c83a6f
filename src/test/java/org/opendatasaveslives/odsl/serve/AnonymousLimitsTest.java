package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.serve.AccessFixture.Client;
import org.opendatasaveslives.odsl.serve.AccessFixture.Who;
import org.opendatasaveslives.odsl.serve.access.ControlledQueryService;

/** Anonymous users get a row cap and a shorter timeout; authenticated users get neither cap nor the short timeout. */
class AnonymousLimitsTest {
    private static final String MARKERS = "SELECT ?o WHERE { ?s <" + AccessFixture.MARKER.getURI() + "> ?o }";
    // 300 extra triples make the four-way cross product below (8.1e9 rows) run far beyond any timeout here.
    private static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path temp;

    private static OdslServer server;
    private static final Client client = new Client();

    @BeforeAll
    static void start() {
        DatasetGraph dataset = AccessFixture.dataset();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 300; i++) {
                dataset.add(new Quad(AccessFixture.DERIVED.graph(), NodeFactory.createURI("https://odsl.org.uk/id/filler/" + i),
                        NodeFactory.createURI("https://odsl.org.uk/def/odsl/filler"), NodeFactory.createLiteralString("f" + i)));
            }
        });
        server = OdslServer.start(ServeConfig.forDataset(dataset).port(0)
                .users(AccessFixture.writeUsers(temp.resolve("users.txt")))
                .auditLog(temp.resolve("audit.jsonl"))
                .queryTimeout(Duration.ofSeconds(120))
                .anonymousTimeout(Duration.ofSeconds(1))
                .anonymousRowLimit(2)
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void anonymousResultsAreCappedAndTheCapIsAnnounced() throws Exception {
        HttpResponse<String> anonymous = select(Who.ANONYMOUS, MARKERS);
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        assertEquals(2, rows(anonymous));
        assertEquals("2", anonymous.headers().firstValue(ControlledQueryService.ROW_LIMIT_HEADER).orElse(null));

        assertEquals(1, rows(select(Who.ANONYMOUS, MARKERS + " LIMIT 1")), "a smaller LIMIT of the query is kept");

        HttpResponse<String> researcher = select(Who.RESEARCHER, MARKERS);
        assertEquals(AccessFixture.OPEN_CRIME.things() + AccessFixture.DERIVED.things(), rows(researcher));
        assertTrue(researcher.headers().firstValue(ControlledQueryService.ROW_LIMIT_HEADER).isEmpty());
    }

    @Test
    void anonymousQueriesHaveTheShorterTimeout() throws Exception {
        HttpResponse<String> response = select(Who.ANONYMOUS, PATHOLOGICAL);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase().contains("timeout") || response.body().toLowerCase().contains("timed out"),
                response.body());
    }

    @Test
    void aClientMayShortenItsTimeoutButNotLengthenIt() throws Exception {
        HttpResponse<String> response = client.get(Who.RESEARCHER, server.sparqlUrl() + "?timeout=1&query="
                + URLEncoder.encode(PATHOLOGICAL, StandardCharsets.UTF_8), "text/csv");
        assertEquals(503, response.statusCode(), response.body());
        HttpResponse<String> anonymous = client.get(Who.ANONYMOUS, server.sparqlUrl() + "?timeout=600&query="
                + URLEncoder.encode(PATHOLOGICAL, StandardCharsets.UTF_8), "text/csv");
        assertEquals(503, anonymous.statusCode(), "?timeout=600 must not lift the anonymous 1 s timeout");
    }

    private static HttpResponse<String> select(Who who, String query) throws Exception {
        return client.get(who, server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    }

    private static long rows(HttpResponse<String> csv) {
        return csv.body().lines().skip(1).filter(l -> !l.isBlank()).count();
    }
}
