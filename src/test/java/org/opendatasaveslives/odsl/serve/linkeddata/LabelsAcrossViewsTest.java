package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendatasaveslives.odsl.serve.ReadableDataset;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Labels are remembered across requests only between views of the same graphs: a label that only a restricted graph
 * gives never shows to a view without that graph, whichever view asked first.
 */
class LabelsAcrossViewsTest {
    private static final String OPEN = "https://odsl.org.uk/graph/open-test";
    private static final String RESTRICTED = "https://odsl.org.uk/graph/restricted-test";
    private static final String NAME = "RESTRICTED-NAME";
    private static final String DATA = """
        PREFIX odsl: <https://odsl.org.uk/def/odsl/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        GRAPH <%s> {
          <https://odsl.org.uk/id/crime/c1> a odsl:CrimeRecord ; odsl:victim <https://odsl.org.uk/id/person/p1> .
          <https://odsl.org.uk/id/crime/c2> a odsl:CrimeRecord ; odsl:victim <https://odsl.org.uk/id/person/p2> .
        }
        GRAPH <%s> {
          <https://odsl.org.uk/id/person/p1> rdfs:label "%s one" .
          <https://odsl.org.uk/id/person/p2> rdfs:label "%s two" .
        }
        """.formatted(OPEN, RESTRICTED, NAME, NAME);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dataset));
        Node open = NodeFactory.createURI(OPEN);
        DatasetGraph openView = new DatasetGraphFilteredView(dataset, quad -> quad.getGraph().equals(open),
            List.of(open));
        ReadableDataset readable = new ReadableDataset() {
            @Override
            public DatasetGraph forRequest(HttpServletRequest request) {
                return everything(request) ? dataset : openView;
            }

            @Override
            public Optional<Object> viewKey(HttpServletRequest request) {
                return Optional.of(everything(request) ? Set.of(OPEN, RESTRICTED) : Set.of(OPEN));
            }
        };
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/odsl", dataset, false);
        LinkedDataRoutes.addTo(builder, readable, UriSpace.of("https://odsl.org.uk"));
        server = builder.build().start();
        base = "http://localhost:" + server.getHttpPort();
    }

    private static boolean everything(HttpServletRequest request) {
        return "everything".equals(request.getHeader("X-Test-View"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aLabelReadThroughTheWiderViewFirstStaysOutOfTheNarrowerOne() throws Exception {
        assertTrue(page("/doc/crime/c1", true).contains(NAME + " one"));
        String narrow = page("/doc/crime/c1", false);
        assertFalse(narrow.contains(NAME), narrow);
        assertTrue(narrow.contains(">p1<"), "the person shows by the last segment of its URI: " + narrow);
        assertTrue(page("/doc/crime/c1", true).contains(NAME + " one"));
    }

    @Test
    void aLabelTheNarrowerViewLacksStillShowsInTheWiderOne() throws Exception {
        assertFalse(page("/doc/crime/c2", false).contains(NAME));
        assertTrue(page("/doc/crime/c2", true).contains(NAME + " two"));
        assertFalse(page("/doc/crime/c2", false).contains(NAME));
    }

    private static String page(String path, boolean everything) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (everything) {
            request.header("X-Test-View", "everything");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
