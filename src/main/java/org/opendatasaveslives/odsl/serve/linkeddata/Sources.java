package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The source release behind each named graph: every release graph describes itself ({@code ?release
 * odsl:namedGraph ?graph}, with its DCAT metadata and PROV-O provenance, written by the build). Graphs without such a
 * description (the ontology, the derived graph) have none.
 */
final class Sources {
    private final DatasetGraph view;
    private final Map<Node, Optional<Node>> releases = new HashMap<>();

    Sources(DatasetGraph view) {
        this.view = view;
    }

    Optional<Node> release(Node graph) {
        if (Quad.isDefaultGraph(graph)) {
            return Optional.empty();
        }
        return releases.computeIfAbsent(graph, g -> {
            Iterator<Quad> found = view.find(g, Node.ANY, Odsl.NAMED_GRAPH, g);
            return found.hasNext() ? Optional.of(found.next().getSubject()) : Optional.empty();
        });
    }

    /** A short name for a graph: the release name its IRI ends with. */
    static String shortName(Node graph) {
        if (Quad.isDefaultGraph(graph)) {
            return "default graph";
        }
        return Labels.shortForm(graph);
    }
}
