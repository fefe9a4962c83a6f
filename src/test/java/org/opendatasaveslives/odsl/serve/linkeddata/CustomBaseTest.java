package org.opendatasaveslives.odsl.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendatasaveslives.odsl.serve.linkeddata.LinkedDataFixture.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.opendatasaveslives.odsl.cli.ServeCommand;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

import picocli.CommandLine;

/** Data built with another base (odsl build --base) is served with the same base (odsl serve --base). */
class CustomBaseTest {
    private static final String BASE = "https://data.example.gov.uk";

    @Test
    void serverAnswersForTheUrisOfTheConfiguredBase() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI(BASE + "/graph/r"),
                NodeFactory.createURI(BASE + "/id/trust/RX1"), RDFS.Nodes.label, NodeFactory.createLiteralString("Example Trust")));
        OdslServer server = OdslServer.start(ServeConfig.forDataset(dataset).port(0).base(BASE + "/").build());
        try {
            String root = "http://127.0.0.1:" + server.port();
            HttpResponse<String> redirect = get(root + "/id/trust/RX1", "text/html");
            assertEquals(303, redirect.statusCode());
            HttpResponse<String> page = get(root + "/doc/trust/RX1", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Example Trust</h1>"), page.body());
            assertTrue(page.body().contains("<code>" + BASE + "/id/trust/RX1</code>"), page.body());
            assertEquals(404, get(root + "/doc/crime/anything", "text/plain").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void serveRefusesABaseThatIsNotAnHttpUri() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ServeCommand());
        command.setErr(new PrintWriter(err, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(2, command.execute("--db", "target", "--port", "0", "--base", "odsl.org.uk"));
        assertTrue(err.toString().contains("Base URI 'odsl.org.uk' is not an http(s) URI"), err.toString());
    }
}
