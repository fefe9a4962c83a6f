package org.opendatasaveslives.odsl.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Keeps person-level data off an unprotected endpoint: the server does not yet control access per graph, so it refuses
 * to serve a database holding any release whose catalogue access tier is restricted.
 */
final class RestrictedReleases {
    private RestrictedReleases() {
    }

    static void refuseToServe(DatasetGraph dataset) {
        Node graph = Txn.calculateRead(dataset, () -> {
            var found = dataset.find(Node.ANY, Node.ANY, Odsl.ACCESS_TIER, Odsl.RESTRICTED);
            return found.hasNext() ? found.next().getGraph() : null;
        });
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            throw new ServeException("The database holds restricted releases (for example " + graph.getURI()
                    + "); odsl serve does not yet control access per graph, so it will not serve them to everyone."
                    + " Build the restricted releases into a database of their own and do not serve it.");
        }
    }
}
