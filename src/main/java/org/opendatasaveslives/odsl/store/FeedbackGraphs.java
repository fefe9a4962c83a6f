package org.opendatasaveslives.odsl.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The two graphs of feedback from data users, which the server writes: a build creates them, labelled and the
 * restricted one marked restricted, when the database has none, so that access control (which reads the dataset's
 * graphs when the server starts) knows them before the first annotation arrives. A build never changes them after.
 */
public final class FeedbackGraphs {
    private FeedbackGraphs() {
    }

    /** Creates the feedback graphs if absent; call inside a write transaction. */
    public static void ensure(DatasetGraph dataset, String base) {
        Node open = Odsl.feedbackGraph(base);
        Node restricted = Odsl.restrictedFeedbackGraph(base);
        if (!dataset.containsGraph(open) || dataset.getGraph(open).isEmpty()) {
            dataset.add(open, open, RDFS.Nodes.label, NodeFactory.createLiteralLang("Feedback from data users", "en"));
        }
        if (!dataset.contains(restricted, restricted, Odsl.ACCESS_TIER, Odsl.RESTRICTED)) {
            dataset.add(restricted, restricted, RDFS.Nodes.label,
                NodeFactory.createLiteralLang("Feedback from data users on restricted resources", "en"));
            dataset.add(restricted, restricted, Odsl.ACCESS_TIER, Odsl.RESTRICTED);
        }
    }
}
