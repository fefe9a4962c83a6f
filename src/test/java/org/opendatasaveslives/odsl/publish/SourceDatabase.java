package org.opendatasaveslives.odsl.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.build.CliRun;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

/**
 * A database built by {@code odsl build} from the real CQC sample catalogue (two open releases; the build adds the
 * ontology, derived and feedback graphs, one of them restricted), and checks of a target against it.
 */
final class SourceDatabase {
    static final String CATALOG = "src/test/resources/catalogs/cqc-locations-samples.ttl";
    static final String RESTRICTED_GRAPH = "https://odsl.org.uk/graph/feedback-restricted";

    private SourceDatabase() {
    }

    static Path build(Path dir) {
        Path db = dir.resolve("db");
        CliRun build = CliRun.of("build", "--catalog", CATALOG, "--data", "../shared/data", "--db", db.toString());
        assertEquals(0, build.exitCode(), build.all());
        return db;
    }

    /** Every named graph of the source is at the target, isomorphic, and the target has no other graph. */
    static void assertPublished(Path db, DatasetGraph target) throws StoreException {
        assertPublished(db, target, Set.of());
    }

    static void assertPublished(Path db, DatasetGraph target, Set<String> leftOut) throws StoreException {
        read(db, source -> Txn.executeRead(target, () -> {
            Set<Node> expected = new HashSet<>();
            source.listGraphNodes().forEachRemaining(g -> {
                if (!leftOut.contains(g.getURI())) {
                    expected.add(g);
                }
            });
            Set<Node> published = new HashSet<>();
            target.listGraphNodes().forEachRemaining(published::add);
            assertEquals(expected, published, "the target holds exactly the published graphs");
            for (Node graph : expected) {
                assertTrue(source.getGraph(graph).isIsomorphicWith(target.getGraph(graph)),
                    graph + " at the target is isomorphic to the source's");
            }
        }));
    }

    /** The requests a publication in batches of {@code size} makes: blank-node triples ride in each graph's first. */
    static int batches(Path db, int size) throws StoreException {
        int[] batches = {0};
        read(db, source -> source.listGraphNodes().forEachRemaining(graph -> {
            long withoutBlankNodes = source.stream(graph, Node.ANY, Node.ANY, Node.ANY)
                .filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank()).count();
            batches[0] += (int) Math.max(1, (withoutBlankNodes + size - 1) / size);
        }));
        return batches[0];
    }

    static void read(Path db, Consumer<DatasetGraph> action) throws StoreException {
        DatasetGraph source = Store.open(db);
        try {
            Txn.executeRead(source, () -> action.accept(source));
        } finally {
            Store.close(source);
        }
    }

    static void write(Path db, Consumer<DatasetGraph> action) throws StoreException {
        DatasetGraph source = Store.open(db);
        try {
            Txn.executeWrite(source, () -> action.accept(source));
        } finally {
            Store.close(source);
        }
    }
}
