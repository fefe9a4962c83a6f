package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * How much the data the caller may read uses an ontology term: the statements using a property, the instances of a
 * class. Counted in the readable view, so restricted data the caller cannot read does not count.
 */
record TermUsage(Node term, Kind kind, long count) {
    enum Kind { CLASS, PROPERTY }

    static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Nodes.Class);
    static final Set<Node> PROPERTY_TYPES = Set.of(RDF.Nodes.Property, OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(),
            NodeFactory.createURI(Vocab.QB + "DimensionProperty"), NodeFactory.createURI(Vocab.QB + "MeasureProperty"),
            NodeFactory.createURI(Vocab.QB + "AttributeProperty"));

    static Optional<TermUsage> of(PageContext ctx, Node term) {
        return kind(ctx.view, term).map(kind -> new TermUsage(term, kind, count(ctx.view, term, kind)));
    }

    static Optional<Kind> kind(DatasetGraph view, Node term) {
        for (Iterator<Quad> types = view.find(Node.ANY, term, RDF.Nodes.type, Node.ANY); types.hasNext(); ) {
            Node type = types.next().getObject();
            if (CLASS_TYPES.contains(type)) {
                return Optional.of(Kind.CLASS);
            }
            if (PROPERTY_TYPES.contains(type)) {
                return Optional.of(Kind.PROPERTY);
            }
        }
        return Optional.empty();
    }

    static long count(DatasetGraph view, Node term, Kind kind) {
        return kind == Kind.CLASS
                ? Iter.count(view.find(Node.ANY, Node.ANY, RDF.Nodes.type, term))
                : Iter.count(view.find(Node.ANY, Node.ANY, term, Node.ANY));
    }

    String describe() {
        return kind == Kind.CLASS
                ? count + (count == 1 ? " instance" : " instances")
                : count + (count == 1 ? " statement uses" : " statements use") + " this property";
    }

    void render(Html body) {
        body.element("h2", "Usage");
        body.element("p", describe() + " in the data you may read (counted over every graph; a statement made in"
                + " two graphs counts twice).", "class", "usage");
    }
}
