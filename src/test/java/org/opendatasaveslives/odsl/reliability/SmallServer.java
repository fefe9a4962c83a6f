package org.opendatasaveslives.odsl.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.opendatasaveslives.odsl.serve.ExampleQueries;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The linked-data test dataset ({@code serve/linkeddata/data.trig}) plus {@code extra} filler triples in an in-memory
 * TDB2 database, served on a free loopback port with the given query timeout.
 */
final class SmallServer implements AutoCloseable {
    static final String CRIME_DOC = "/doc/crime/c1";
    static final String LSOA = "http://statistics.data.gov.uk/id/statistical-geography/E01000001";
    static final String POLICE_GRAPH = "https://odsl.org.uk/graph/police-test";

    final DatasetGraph dataset;
    final OdslServer server;

    SmallServer(int extra, Duration queryTimeout) {
        dataset = DatabaseMgr.createDatasetGraph();
        try (InputStream trig = SmallServer.class.getResourceAsStream("/serve/linkeddata/data.trig")) {
            Txn.executeWrite(dataset, () -> {
                RDFParser.source(trig).lang(Lang.TRIG).parse(dataset);
                for (int i = 0; i < extra; i++) {
                    dataset.add(NodeFactory.createURI(POLICE_GRAPH), NodeFactory.createURI("https://odsl.org.uk/id/crime/filler-" + i),
                        Odsl.term("month"), NodeFactory.createURI("http://reference.data.gov.uk/id/month/2025-0" + (1 + i % 9)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = OdslServer.start(ServeConfig.forDataset(dataset).port(0).queryTimeout(queryTimeout)
            .exampleQueries(ExampleQueries.onClasspath("serve/queries")).build());
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
        dataset.close();
    }
}
