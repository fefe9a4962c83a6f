package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

    /** Distinct instances of a class, or distinct statements using a property, whatever number of graphs state them. */
    static long count(DatasetGraph view, Node term, Kind kind) {
        return kind == Kind.CLASS
                ? countRuns(view.find(Node.ANY, Node.ANY, RDF.Nodes.type, term), Quad::getSubject)
                : countRuns(view.find(Node.ANY, Node.ANY, term, Node.ANY), quad -> quad.asTriple());
    }

    // With the predicate (and object) bound, TDB2 reads its POSG index: the copies of one statement in several graphs
    // come one after another, so counting changes of key counts distinct keys without holding them in memory.
    private static long countRuns(Iterator<Quad> quads, Function<Quad, Object> key) {
        long runs = 0;
        Object previous = null;
        while (quads.hasNext()) {
            Object current = key.apply(quads.next());
            if (!current.equals(previous)) {
                runs++;
                previous = current;
            }
        }
        return runs;
    }

    String describe() {
        return kind == Kind.CLASS
                ? count + (count == 1 ? " instance" : " instances")
                : count + (count == 1 ? " statement uses" : " statements use") + " this property";
    }

    void render(Html body) {
        body.element("h2", "Usage");
        body.element("p", describe() + " in the data you may read (over every graph; what several graphs state"
                + " counts once).", "class", "usage");
    }
}
