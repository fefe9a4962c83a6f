package org.opendatasaveslives.odsl.serve.access;

import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The part of the dataset one {@link RoleView} reads, as SPARQL sees it: the named graphs of the view, and as default
 * graph their union (the stored default graph holds no source data and is not shown).
 * <p>
 * Every read goes through the view's graph filter, whatever reads: a basic graph pattern, a property path, a property
 * function, DESCRIBE. Queries that {@link StoreLevelFilter} finds safe use the faster TDB2 filter instead.
 */
final class ReadableView extends DatasetGraphFilteredView {
    private final Graph union;

    ReadableView(DatasetGraph dataset, RoleView view) {
        super(dataset, view.predicateQuad(), view.visibleGraphs());
        this.union = new VisibleUnion(dataset, Set.copyOf(view.visibleGraphs()));
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public Graph getUnionGraph() {
        return union;
    }

    /**
     * The union of the visible graphs with one index lookup per find: the store's quads matching the triple in any
     * graph, kept when their graph is visible. (A union graph over the filtered view looked up each graph in turn, which
     * made property paths over the view about ten times slower.)
     */
    private static final class VisibleUnion extends GraphBase {
        private final DatasetGraph dataset;
        private final Set<Node> visible;
        private final boolean graphLastInIndex;

        VisibleUnion(DatasetGraph dataset, Set<Node> visible) {
            this.dataset = dataset;
            this.visible = visible;
            // TDB2 answers a find with any graph from an index that has the graph last, so copies of a triple in
            // several graphs come out next to each other; elsewhere duplicates can be anywhere.
            this.graphLastInIndex = DatabaseMgr.isTDB2(dataset);
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> triples = Iter.map(Iter.filter(dataset.find(Node.ANY, pattern.getSubject(),
                    pattern.getPredicate(), pattern.getObject()), this::isVisible), Quad::asTriple);
            return WrappedIterator.create(graphLastInIndex ? Iter.distinctAdjacent(triples) : Iter.distinct(triples));
        }

        private boolean isVisible(Quad quad) {
            return visible.contains(quad.getGraph());
        }
    }
}
