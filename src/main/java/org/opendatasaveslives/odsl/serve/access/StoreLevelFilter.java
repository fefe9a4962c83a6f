package org.opendatasaveslives.odsl.serve.access;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * Decides whether a query may use jena-fuseki-access's TDB2 filter, which checks the graph of every quad in the
 * store's index scans and so costs nothing measurable, instead of the {@link ReadableView}, which filters in Java and
 * makes a scan of a million triples about ten times slower.
 * <p>
 * The TDB2 filter only sees what the query engine reads through its pattern matcher. Property paths, property
 * functions (such as {@code list:member}) and DESCRIBE read the store's graphs directly and would pass restricted
 * triples. Paths on the default graph are handed to {@link ViewPathExecutor}, which walks them over the view; a query
 * with a path inside GRAPH, a property function, DESCRIBE or EXISTS (whose pattern the algebra walk below does not
 * enter) runs over the view entirely. A query is let onto the fast path only when none of those occurs in it.
 */
final class StoreLevelFilter {
    // EXISTS and NOT EXISTS are always followed by a group; a literal that looks the same only costs speed.
    private static final Pattern EXISTS = Pattern.compile("\\bEXISTS\\s*\\{");

    private StoreLevelFilter() {
    }

    static boolean suits(Query query) {
        if (query.isDescribeType() || EXISTS.matcher(query.toString().toUpperCase(Locale.ROOT)).find()) {
            return false;
        }
        DirectReads reads = new DirectReads();
        OpWalker.walk(Algebra.compile(query), reads);
        return !reads.found;
    }

    private static final class PathFinder extends OpVisitorBase {
        private boolean found;

        @Override
        public void visit(OpPath op) {
            found = true;
        }
    }

    private static final class DirectReads extends OpVisitorBase {
        private final PropertyFunctionRegistry functions = PropertyFunctionRegistry.get();
        private boolean found;

        // A path on the default graph is evaluated by ViewPathExecutor; inside GRAPH it would see the store's graphs.
        @Override
        public void visit(OpGraph op) {
            PathFinder paths = new PathFinder();
            OpWalker.walk(op.getSubOp(), paths);
            found |= paths.found;
        }

        @Override
        public void visit(OpPropFunc op) {
            found = true;
        }

        @Override
        public void visit(OpProcedure op) {
            found = true;
        }

        @Override
        public void visit(OpService op) {
            found = true;
        }

        @Override
        public void visit(OpBGP op) {
            op.getPattern().forEach(this::check);
        }

        @Override
        public void visit(OpTriple op) {
            check(op.getTriple());
        }

        private void check(Triple triple) {
            Node predicate = triple.getPredicate();
            if (predicate.isURI() && functions.isRegistered(predicate.getURI())) {
                found = true;
            }
        }
    }
}
