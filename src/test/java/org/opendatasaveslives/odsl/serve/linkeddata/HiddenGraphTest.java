package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendatasaveslives.odsl.serve.linkeddata.LinkedDataFixture.get;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A graph the request's {@code ReadableDataset} view leaves out never shows on any page, in any format, nor in any
 * count; and a resource only that graph describes is not found.
 */
class HiddenGraphTest {
    private static final List<String> PAGES = List.of(
            "/doc/crime/c1", "/doc/area/E01000001", "/doc/area/E07000001", "/doc/month/2025-01",
            "/def/", "/def/odsl/lsoa", "/def/odsl/CrimeRecord", "/doc/dataset/police-test");

    private static DatasetGraph dataset;
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        dataset = LinkedDataFixture.dataset();
        Node secret = NodeFactory.createURI(LinkedDataFixture.SECRET_GRAPH);
        List<Node> visible = Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes()))
                .stream().filter(g -> !g.equals(secret)).collect(Collectors.toList());
        DatasetGraph view = new DatasetGraphFilteredView(dataset, quad -> !quad.getGraph().equals(secret), visible);
        FusekiServer.Builder builder = FusekiServer.create().port(0).add("/odsl", dataset, false);
        LinkedDataRoutes.addTo(builder, request -> view, UriSpace.of("https://odsl.org.uk"));
        server = builder.build().start();
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void hiddenGraphShowsOnNoPageInAnyFormat() throws Exception {
        for (String page : PAGES) {
            for (DocumentFormat format : DocumentFormat.values()) {
                HttpResponse<String> response = get(base + page, format.mediaType());
                assertEquals(200, response.statusCode(), page + " " + format);
                assertFalse(response.body().contains(LinkedDataFixture.SECRET_MARKER), page + " " + format + ": " + response.body());
                assertFalse(response.body().contains("secret"), page + " " + format + ": " + response.body());
            }
        }
    }

    @Test
    void resourcesOnlyTheHiddenGraphDescribesAreNotFound() throws Exception {
        assertEquals(404, get(base + "/doc/crime/secret-1", "text/html").statusCode());
        assertEquals(404, get(base + "/doc/dataset/secret-test", "text/turtle").statusCode());
        String graph = URLEncoder.encode(LinkedDataFixture.SECRET_GRAPH, StandardCharsets.UTF_8);
        HttpResponse<String> generic = get(base + "/doc?uri=" + graph, "text/html");
        assertEquals(404, generic.statusCode());
        HttpResponse<String> visibleOne = get(base + "/doc/crime/c1", "text/html");
        assertEquals(200, visibleOne.statusCode(), "the same resource kind from a visible graph is served");
    }

    @Test
    void countsLeaveOutTheHiddenGraph() throws Exception {
        assertTrue(get(base + "/def/odsl/lsoa", "text/html").body().contains("1 statement uses this property"));
        assertTrue(get(base + "/def/odsl/CrimeRecord", "text/html").body().contains("1 instance in the data you may read"));
        String area = get(base + "/doc/area/E01000001", "text/html").body();
        assertFalse(area.contains("SECRET"), area);
    }
}
