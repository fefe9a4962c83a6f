package org.opendatasaveslives.odsl.serve.access;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFilteredView;

/**
 * The part of the dataset one {@link RoleView} reads, as SPARQL sees it: the named graphs of the view, and as default
 * graph their union (the stored default graph holds no source data and is not shown).
 * <p>
 * Every read goes through the view's quad filter, whatever reads: a basic graph pattern, a property path, a property
 * function, DESCRIBE. Queries that {@link StoreLevelFilter} finds safe use the faster TDB2 filter instead.
 */
final class ReadableView extends DatasetGraphFilteredView {
    ReadableView(DatasetGraph dataset, RoleView view) {
        super(dataset, view.predicateQuad(), view.visibleGraphs());
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
