package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * What the readable view holds about one resource: its statements as subject in every graph, and a bounded number of
 * statements pointing to it. Read inside the caller's read transaction.
 */
record ResourceDescription(Node resource, List<Quad> outgoing, List<Quad> incoming, boolean incomingTruncated) {
    /** Statements pointing to a resource served at most; the page links to a query for the rest. */
    static final int INCOMING_LIMIT = 500;
    /** A guard against a subject with an unbounded number of statements; real subjects have tens. */
    static final int OUTGOING_LIMIT = 5000;

    static ResourceDescription read(DatasetGraph view, Node resource) {
        List<Quad> outgoing = take(view.find(Node.ANY, resource, Node.ANY, Node.ANY), OUTGOING_LIMIT);
        List<Quad> incoming = take(view.find(Node.ANY, Node.ANY, Node.ANY, resource), INCOMING_LIMIT + 1);
        boolean truncated = incoming.size() > INCOMING_LIMIT;
        if (truncated) {
            incoming = incoming.subList(0, INCOMING_LIMIT);
        }
        return new ResourceDescription(resource, outgoing, incoming, truncated);
    }

    boolean isEmpty() {
        return outgoing.isEmpty() && incoming.isEmpty();
    }

    /** The objects of one property, in every graph. */
    List<Node> values(Node property) {
        return outgoing.stream().filter(q -> q.getPredicate().equals(property)).map(Quad::getObject).distinct().toList();
    }

    private static List<Quad> take(Iterator<Quad> quads, int limit) {
        List<Quad> taken = new ArrayList<>();
        while (quads.hasNext() && taken.size() < limit) {
            taken.add(quads.next());
        }
        return taken;
    }
}
