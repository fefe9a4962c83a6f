package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF of a resource document: the resource's statements (all readable graphs, merged), the statements pointing to
 * it (bounded, with an rdfs:seeAlso to a query for all of them when cut), the labels of everything mentioned, and the
 * document's foaf:primaryTopic.
 */
final class ResourceRdf {
    private ResourceRdf() {
    }

    /**
     * @param document    the absolute URL of the document served
     * @param moreQueryUrl the absolute URL of a query returning every statement pointing to the resource
     */
    static Graph of(PageContext ctx, ResourceDescription description, String document, String moreQueryUrl) {
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> mentioned = new LinkedHashSet<>();
        for (Quad quad : description.outgoing()) {
            graph.add(quad.asTriple());
            mentioned.add(quad.getPredicate());
            mentioned.add(quad.getObject());
        }
        for (Quad quad : description.incoming()) {
            graph.add(quad.asTriple());
            mentioned.add(quad.getPredicate());
            mentioned.add(quad.getSubject());
        }
        mentioned.remove(description.resource());
        for (Node node : mentioned) {
            if (node.isURI()) {
                addLabel(ctx, graph, node);
            }
        }
        Node doc = NodeFactory.createURI(document);
        graph.add(Triple.create(doc, Vocab.PRIMARY_TOPIC, description.resource()));
        if (description.incomingTruncated()) {
            graph.add(Triple.create(doc, RDFS.Nodes.seeAlso, NodeFactory.createURI(moreQueryUrl)));
        }
        usedPrefixes(graph);
        return graph;
    }

    /** Declares the prefixes of the namespaces the document uses, not every prefix known. */
    private static void usedPrefixes(Graph graph) {
        Set<String> uris = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            uris.add(t.getPredicate().getURI());
            for (Node node : new Node[] {t.getSubject(), t.getObject()}) {
                if (node.isURI()) {
                    uris.add(node.getURI());
                }
            }
        });
        Vocab.PREFIXES.getNsPrefixMap().forEach((prefix, namespace) -> {
            if (uris.stream().anyMatch(uri -> uri.startsWith(namespace))) {
                graph.getPrefixMapping().setNsPrefix(prefix, namespace);
            }
        });
    }

    private static void addLabel(PageContext ctx, Graph graph, Node node) {
        for (Node property : Vocab.LABELS) {
            boolean found = false;
            for (Iterator<Quad> it = ctx.view.find(Node.ANY, node, property, Node.ANY); it.hasNext(); ) {
                graph.add(it.next().asTriple());
                found = true;
            }
            if (found) {
                return;
            }
        }
    }
}
