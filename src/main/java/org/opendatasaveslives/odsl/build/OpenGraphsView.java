package org.opendatasaveslives.odsl.build;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * What the derivation rules may read: the release graphs catalogued {@code odsl:accessTier odsl:Open}, the ontology
 * graph and the derived graph; the default graph is their union. The derived graph is served to everyone, so a
 * restricted release (person-level data) must be invisible to every rule, by every route a query has: the default
 * graph, {@code GRAPH <g>}, {@code GRAPH ?g} and property paths. A graph whose tier is unknown is invisible too. Writes
 * are accepted for the derived graph only. It is a {@link DatasetGraphWrapperView}: ARQ runs a query on a plain wrapper
 * by unwrapping it and handing the wrapped TDB2 dataset to TDB2's engine, which would see every graph.
 */
final class OpenGraphsView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final Set<Node> visible;
    private final Node writable;

    private OpenGraphsView(DatasetGraph dsg, Set<Node> visible, Node writable) {
        super(dsg);
        this.visible = visible;
        this.writable = writable;
    }

    /** The view of {@code dsg} as it is now; call inside a transaction. */
    static OpenGraphsView of(DatasetGraph dsg, Node ontologyGraph, Node derivedGraph) {
        Set<Node> visible = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Odsl.ACCESS_TIER, Odsl.OPEN).forEachRemaining(q -> visible.add(q.getGraph()));
        dsg.find(Node.ANY, Node.ANY, Odsl.ACCESS_TIER, Odsl.RESTRICTED).forEachRemaining(q -> visible.remove(q.getGraph()));
        visible.removeIf(Quad::isDefaultGraph);
        visible.add(ontologyGraph);
        visible.add(derivedGraph);
        return new OpenGraphsView(dsg, Set.copyOf(visible), derivedGraph);
    }

    @Override
    public Graph getDefaultGraph() {
        return new VisibleUnion();
    }

    @Override
    public Graph getUnionGraph() {
        return new VisibleUnion();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return new VisibleUnion();
        }
        return visible.contains(graphNode) ? super.getGraph(graphNode) : GraphZero.instance();
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return visible.contains(graphNode) && super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), visible::contains);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
            return Iter.map(new VisibleUnion().find(s, p, o), t -> Quad.create(g, t));
        }
        return Iter.filter(super.find(g, s, p, o), q -> visible.contains(q.getGraph()));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.filter(super.findNG(g, s, p, o), q -> visible.contains(q.getGraph()));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> found = find(g, s, p, o);
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public void add(Quad quad) {
        requireWritable(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        requireWritable(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        requireWritable(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        requireWritable(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        requireWritable(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw new UnsupportedOperationException("derivation rules write only the derived graph " + writable.getURI()
            + ", not " + graphName);
    }

    @Override
    public void removeGraph(Node graphName) {
        addGraph(graphName, null);
    }

    @Override
    public void clear() {
        addGraph(Node.ANY, null);
    }

    private void requireWritable(Node graph) {
        if (!writable.equals(graph)) {
            throw new UnsupportedOperationException("derivation rules write only the derived graph "
                + writable.getURI() + ", not " + graph);
        }
    }

    /**
     * The union of the visible graphs, read in one quad-index lookup with the graph unbound. TDB2's quad indexes that
     * serve such a lookup (SPOG, POSG, OSPG) put the graph last, so the copies of one triple in several graphs come
     * out adjacent and dropping adjacent repeats is enough, as in TDB2's own union graph; a lookup with nothing bound,
     * or on another kind of store, is made distinct in full.
     */
    private final class VisibleUnion extends GraphBase {
        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> triples = Iter.map(Iter.filter(
                    OpenGraphsView.super.findNG(Node.ANY, pattern.getMatchSubject(), pattern.getMatchPredicate(),
                        pattern.getMatchObject()),
                    q -> visible.contains(q.getGraph())), Quad::asTriple);
            boolean graphLastIndex = TDBInternal.isTDB2(getWrapped()) && (pattern.getSubject().isConcrete()
                || pattern.getPredicate().isConcrete() || pattern.getObject().isConcrete());
            return WrappedIterator.create(graphLastIndex ? Iter.distinctAdjacent(triples) : Iter.distinct(triples));
        }
    }
}
