package org.opendatasaveslives.odsl.serve;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Run in a separate JVM by the tests: opens (or creates) the TDB2 database named by the first argument, holding its
 * lock, prints {@value #READY} and keeps it until its standard input closes.
 */
public final class HoldDatabaseLock {
    static final String READY = "LOCKED";

    private HoldDatabaseLock() {
    }

    public static void main(String[] args) throws IOException {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        Txn.executeWrite(dataset, () -> dataset.add(new Quad(NodeFactory.createURI("https://odsl.org.uk/graph/lock"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("held"))));
        System.out.println(READY);
        System.out.flush();
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
    }
}
