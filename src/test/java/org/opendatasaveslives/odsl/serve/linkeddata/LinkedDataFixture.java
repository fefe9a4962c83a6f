package org.opendatasaveslives.odsl.serve.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.opendatasaveslives.odsl.vocab.Odsl;

/** The small dataset of {@code serve/linkeddata/data.trig} in an in-memory TDB2 database, and an HTTP client. */
final class LinkedDataFixture {
    static final String POLICE_GRAPH = "https://odsl.org.uk/graph/police-test";
    static final String SECRET_GRAPH = "https://odsl.org.uk/graph/secret-test";
    static final String SECRET_MARKER = "SECRET-MARKER";
    static final String CRIME = "https://odsl.org.uk/id/crime/c1";
    static final String LSOA = "http://statistics.data.gov.uk/id/statistical-geography/E01000001";
    static final String OBSERVATION = "https://odsl.org.uk/id/observation/police-recorded-crime/E01000001/2025-01/burglary";
    /** More crimes point to this month than a document serves, so its documents are cut short. */
    static final String BUSY_MONTH = "http://reference.data.gov.uk/id/month/2025-02";
    static final int BUSY_MONTH_CRIMES = ResourceDescription.INCOMING_LIMIT + 20;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private LinkedDataFixture() {
    }

    static DatasetGraph dataset() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        try (InputStream trig = LinkedDataFixture.class.getResourceAsStream("/serve/linkeddata/data.trig")) {
            Txn.executeWrite(dataset, () -> {
                RDFParser.source(trig).lang(Lang.TRIG).parse(dataset);
                for (int i = 0; i < BUSY_MONTH_CRIMES; i++) {
                    dataset.add(NodeFactory.createURI(POLICE_GRAPH), NodeFactory.createURI("https://odsl.org.uk/id/crime/bulk-" + i),
                            Odsl.term("month"), NodeFactory.createURI(BUSY_MONTH));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
