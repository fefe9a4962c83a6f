package org.opendatasaveslives.odsl.serve.access;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, except that property paths walk the union of the user's graphs ({@link ReadableView})
 * rather than the store's: the TDB2 filter that keeps the rest of the query to those graphs does not reach paths.
 * {@link StoreLevelFilter} lets through only queries whose paths are on the default graph (never inside GRAPH).
 */
final class ViewPathExecutor extends OpExecutorTDB2 {
    private final DatasetGraph readable;

    private ViewPathExecutor(ExecutionContext context, DatasetGraph readable) {
        super(context);
        this.readable = readable;
    }

    static OpExecutorFactory factory(DatasetGraph readable) {
        return context -> new ViewPathExecutor(context, readable);
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        return new QueryIterPath(opPath.getTriplePath(), input,
                new ExecutionContext(execCxt, readableGraph(execCxt.getActiveGraph())));
    }

    private Graph readableGraph(Graph active) {
        if (active instanceof GraphView view) {
            Node name = view.getGraphName();
            if (name == null || Quad.isDefaultGraph(name) || Quad.isUnionGraph(name)) {
                return readable.getDefaultGraph();
            }
        }
        // StoreLevelFilter keeps paths inside GRAPH off this executor; reaching here is a bug, so read nothing.
        throw new IllegalStateException("A property path on a named graph reached the store-level executor");
    }
}
