package org.opendatasaveslives.odsl.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The part of a database a command line export may write without being asked for more: every named graph except
 * those of releases whose catalogue access tier is {@code odsl:Restricted}.
 */
public final class OpenGraphs {
    private OpenGraphs() {
    }

    /** The named graphs holding a restricted release. */
    public static Set<Node> restricted(DatasetGraph dsg) {
        Set<Node> graphs = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, Odsl.ACCESS_TIER, Odsl.RESTRICTED)
            .forEachRemaining(q -> graphs.add(q.getGraph())));
        return graphs;
    }

    /** The named graphs, in IRI order. */
    public static List<Node> all(DatasetGraph dsg) {
        List<Node> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(graphs::add));
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return graphs;
    }

    /** A view of the dataset with only these named graphs (and nothing of the default graph). */
    public static DatasetGraph view(DatasetGraph dsg, Set<Node> graphs) {
        return new DatasetGraphFilteredView(dsg, quad -> graphs.contains(quad.getGraph()), graphs);
    }
}
