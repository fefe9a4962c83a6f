package org.opendatasaveslives.odsl.serve.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.opendatasaveslives.odsl.serve.ReadableDataset;
import org.opendatasaveslives.odsl.serve.catalog.CatalogueRoutes;
import org.opendatasaveslives.odsl.serve.linkeddata.LinkedDataRoutes;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;
import org.opendatasaveslives.odsl.vocab.Odsl;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The linked-data test dataset ({@code serve/linkeddata/data.trig}) with its "secret-test" graph marked restricted,
 * served with the linked-data, catalogue and feedback routes. A request's view holds the secret graph only for the
 * user {@value #SAFEGUARDER}; the user is whoever the {@value #USER_HEADER} header names (a stand-in for HTTP Basic
 * authentication, which sets the same remote user).
 */
final class FeedbackFixture {
    static final String USER_HEADER = "X-Test-User";
    static final String SAFEGUARDER = "safeguarder";
    static final String BASE = "https://odsl.org.uk";
    static final String CRIME = BASE + "/id/crime/c1";
    static final String SECRET_CRIME = BASE + "/id/crime/secret-1";
    static final Node SECRET_GRAPH = NodeFactory.createURI(BASE + "/graph/secret-test");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private FeedbackFixture() {
    }

    static DatasetGraph dataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        try (InputStream trig = FeedbackFixture.class.getResourceAsStream("/serve/linkeddata/data.trig")) {
            Txn.executeWrite(dataset, () -> {
                RDFParser.source(trig).lang(Lang.TRIG).parse(dataset);
                dataset.add(SECRET_GRAPH, NodeFactory.createURI(BASE + "/id/dataset/secret-test"), Odsl.ACCESS_TIER, Odsl.RESTRICTED);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    /** Starts a server on a free port; the rate limiter's clock stands still, so it never refills during a test. */
    static FusekiServer start(DatasetGraph dataset, FeedbackLimits limits) {
        UriSpace uris = UriSpace.of(BASE);
        FeedbackRoutes feedback = new FeedbackRoutes(dataset, readable(dataset), uris, limits, () -> 0L);
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/odsl", dataset, false)
                .addFilter("/*", testUser());
        LinkedDataRoutes.addTo(builder, readable(dataset), uris, feedback.pageSection());
        CatalogueRoutes.addTo(builder, readable(dataset), BASE + "/id/", feedback.catalogueSection());
        feedback.addTo(builder);
        return builder.build().start();
    }

    private static ReadableDataset readable(DatasetGraph dataset) {
        List<Node> open = new ArrayList<>(Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes())));
        open.remove(SECRET_GRAPH);
        open.add(NodeFactory.createURI(BASE + "/graph/feedback"));
        DatasetGraph openView = new DatasetGraphFilteredView(dataset,
                quad -> !quad.getGraph().equals(SECRET_GRAPH) && !quad.getGraph().getURI().endsWith("feedback-restricted"),
                open);
        return request -> SAFEGUARDER.equals(request.getRemoteUser()) ? dataset : openView;
    }

    private static Filter testUser() {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String user = http.getHeader(USER_HEADER);
            chain.doFilter(user == null ? request : new HttpServletRequestWrapper(http) {
                @Override
                public String getRemoteUser() {
                    return user;
                }
            }, response);
        };
    }

    static HttpResponse<String> get(String url, String accept, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", accept);
        if (user != null) {
            request.header(USER_HEADER, user);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @param headers name, value pairs */
    static HttpResponse<String> post(String url, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
