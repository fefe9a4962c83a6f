package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Statements grouped for display: by property, then by the other end (object of an outgoing statement, subject of an
 * incoming one), each with the graphs that state it. rdf:type comes first, the other properties by name.
 */
final class StatementGroups {
    record Value(Node node, Set<Node> graphs) {
    }

    record Group(Node property, List<Value> values) {
    }

    private StatementGroups() {
    }

    static List<Group> outgoing(List<Quad> quads, Labels labels) {
        return group(quads, Quad::getObject, labels);
    }

    static List<Group> incoming(List<Quad> quads, Labels labels) {
        return group(quads, Quad::getSubject, labels);
    }

    private static List<Group> group(List<Quad> quads, Function<Quad, Node> otherEnd, Labels labels) {
        Map<Node, Map<Node, Set<Node>>> byProperty = new LinkedHashMap<>();
        for (Quad quad : quads) {
            byProperty.computeIfAbsent(quad.getPredicate(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(otherEnd.apply(quad), o -> new LinkedHashSet<>())
                    .add(quad.getGraph());
        }
        List<Group> groups = new ArrayList<>();
        byProperty.forEach((property, values) -> {
            List<Value> list = new ArrayList<>();
            values.forEach((node, graphs) -> list.add(new Value(node, graphs)));
            groups.add(new Group(property, list));
        });
        groups.sort(Comparator.comparing((Group g) -> !g.property().equals(RDF.Nodes.type))
                .thenComparing(g -> labels.display(g.property()).toLowerCase()));
        return groups;
    }
}
