package org.opendatasaveslives.odsl.serve.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * Where feedback lives: W3C Web Annotations in two named graphs of the served database, written by the server and
 * never by {@code odsl build} (which replaces only the ontology, release and derived graphs).
 * <ul>
 *   <li>{@code {base}/graph/feedback}, open like the open releases: annotations on resources some open graph
 *       describes.</li>
 *   <li>{@code {base}/graph/feedback-restricted}, marked {@code odsl:accessTier odsl:Restricted}: annotations on
 *       resources only restricted releases describe, so that neither their text nor the restricted IRI reaches the
 *       SPARQL endpoint, the Graph Store or the dumps of a user without a role.</li>
 * </ul>
 * Pages show an annotation to whoever can read its target, from either graph.
 */
final class AnnotationStore {
    private final DatasetGraph dataset;
    private final String base;
    private final Node openGraph;
    private final Node restrictedGraph;

    /** @param base the base of minted URIs, without a final slash, such as {@code https://odsl.org.uk} */
    AnnotationStore(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
        this.openGraph = Odsl.feedbackGraph(base + "/");
        this.restrictedGraph = Odsl.restrictedFeedbackGraph(base + "/");
    }

    /**
     * Whether the view describes the target outside the feedback graphs: an annotation does not make its target
     * exist, and a resource only a graph the view leaves out describes is as unknown as one nobody describes.
     */
    boolean describes(DatasetGraph view, Node target) {
        return Txn.calculateRead(view, () -> !graphsDescribing(view, target, true).isEmpty());
    }

    /**
     * Stores an annotation on a target the view describes, in the open feedback graph if an open graph of the view
     * describes the target, else in the restricted one.
     *
     * @param creator the authenticated user's name, if any
     * @return the annotation's IRI
     */
    Node create(DatasetGraph view, NewAnnotation annotation, Optional<String> creator) {
        Node target = NodeFactory.createURI(annotation.target());
        boolean open = Txn.calculateRead(view, () -> graphsDescribing(view, target, false).stream()
                .anyMatch(graph -> !view.contains(graph, Node.ANY, Odsl.ACCESS_TIER, Odsl.RESTRICTED)));
        Node graph = open ? openGraph : restrictedGraph;
        String id = UUID.randomUUID().toString();
        Node iri = NodeFactory.createURI(base + "/id/annotation/" + id);
        Node body = NodeFactory.createURI(base + "/id/annotation/" + id + "/body");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Node created = NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime);
        // Pages name things by label: "Feedback (question) 2026-11-22" reads better than a UUID where it is linked.
        Node label = NodeFactory.createLiteralLang("Feedback (" + annotation.motivation().label() + ") " + now.substring(0, 10), "en");
        Txn.executeWrite(dataset, () -> {
            if (!open) {
                dataset.add(graph, graph, Odsl.ACCESS_TIER, Odsl.RESTRICTED);
            }
            dataset.add(graph, iri, RDF.Nodes.type, WebAnnotation.ANNOTATION);
            dataset.add(graph, iri, WebAnnotation.HAS_TARGET, target);
            dataset.add(graph, iri, RDFS.Nodes.label, label);
            dataset.add(graph, iri, WebAnnotation.MOTIVATED_BY, annotation.motivation().term());
            dataset.add(graph, iri, WebAnnotation.HAS_BODY, body);
            dataset.add(graph, iri, WebAnnotation.CREATED, created);
            creator.ifPresent(name -> dataset.add(graph, iri, WebAnnotation.CREATOR, NodeFactory.createLiteralString(name)));
            dataset.add(graph, body, RDF.Nodes.type, WebAnnotation.TEXTUAL_BODY);
            dataset.add(graph, body, WebAnnotation.VALUE, NodeFactory.createLiteralString(annotation.text()));
            dataset.add(graph, body, WebAnnotation.FORMAT, NodeFactory.createLiteralString("text/plain"));
        });
        return iri;
    }

    /** The annotations on the targets, oldest first; call inside a read transaction, for targets the caller may read. */
    List<Annotation> on(Set<Node> targets) {
        List<Annotation> found = new ArrayList<>();
        for (Node graph : List.of(openGraph, restrictedGraph)) {
            for (Node target : targets) {
                Iterator<Quad> quads = dataset.find(graph, Node.ANY, WebAnnotation.HAS_TARGET, target);
                try {
                    quads.forEachRemaining(quad -> found.add(read(graph, quad.getSubject(), target)));
                } finally {
                    Iter.close(quads);
                }
            }
        }
        found.sort(Comparator.comparing(Annotation::created).thenComparing(a -> a.iri().getURI()));
        return found;
    }

    private Annotation read(Node graph, Node iri, Node target) {
        Optional<Motivation> motivation = first(graph, iri, WebAnnotation.MOTIVATED_BY).flatMap(Motivation::ofTerm);
        String text = first(graph, iri, WebAnnotation.HAS_BODY)
                .flatMap(body -> first(graph, body, WebAnnotation.VALUE))
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("");
        String created = first(graph, iri, WebAnnotation.CREATED).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).orElse("");
        Optional<String> creator = first(graph, iri, WebAnnotation.CREATOR).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
        return new Annotation(iri, target, motivation, text, created, creator);
    }

    private Optional<Node> first(Node graph, Node subject, Node property) {
        Iterator<Quad> quads = dataset.find(graph, subject, property, Node.ANY);
        try {
            return quads.hasNext() ? Optional.of(quads.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(quads);
        }
    }

    /** The named graphs of the view, feedback aside, where the target is a subject or an object. */
    private List<Node> graphsDescribing(DatasetGraph view, Node target, boolean firstOnly) {
        List<Node> graphs = new ArrayList<>();
        Iterator<Node> names = view.listGraphNodes();
        try {
            while (names.hasNext() && !(firstOnly && !graphs.isEmpty())) {
                Node graph = names.next();
                if (!isFeedback(graph) && (view.contains(graph, target, Node.ANY, Node.ANY)
                        || view.contains(graph, Node.ANY, Node.ANY, target))) {
                    graphs.add(graph);
                }
            }
        } finally {
            Iter.close(names);
        }
        return graphs;
    }

    private boolean isFeedback(Node graph) {
        return graph.equals(openGraph) || graph.equals(restrictedGraph);
    }
}
