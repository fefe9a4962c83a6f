package org.opendatasaveslives.odsl.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class QueryTimeoutTest {
    // 300 triples: the four-way cross product below has 8.1e9 rows, far beyond what completes before the timeout.
    private static final int TRIPLES = 300;

    @Test
    void pathologicalQueryIsStoppedByTheTimeout() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < TRIPLES; i++) {
                dataset.add(new Quad(NodeFactory.createURI("https://odsl.org.uk/graph/test"),
                        NodeFactory.createURI("https://odsl.org.uk/id/thing/" + i),
                        NodeFactory.createURI("https://odsl.org.uk/def/odsl/value"),
                        NodeFactory.createLiteralString("v" + i)));
            }
        });
        OdslServer server = OdslServer.start(ServeConfig.forDataset(dataset)
                .port(0)
                .queryTimeout(Duration.ofSeconds(1))
                .exampleQueries(ExampleQueries.onClasspath("serve/queries"))
                .build());
        try {
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json")
                    // Only a guard against a hung build if cancellation ever breaks; the assertion is on the answer.
                    .timeout(Duration.ofMinutes(2))
                    .build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().toLowerCase().contains("timeout") || response.body().toLowerCase().contains("timed out"),
                    response.body());
        } finally {
            server.stop();
        }
    }
}
