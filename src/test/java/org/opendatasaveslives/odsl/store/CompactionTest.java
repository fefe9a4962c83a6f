package org.opendatasaveslives.odsl.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding a release again and again keeps the database within a bounded size, and keeps its data. */
class CompactionTest {
    static final Node GRAPH = NodeFactory.createURI("https://odsl.org.uk/graph/test-release");
    static final int TRIPLES = 20_000;
    static final int REBUILDS = 12;

    @TempDir
    Path tmp;

    @Test
    void repeatedReplacementsOfAReleaseDoNotGrowTheDatabaseWithoutBound() throws Exception {
        Path database = tmp.resolve("db");
        DatasetGraph dsg = Store.open(database);
        try {
            replaceRelease(dsg, 0, TRIPLES);
            Compaction.Outcome first = Compaction.compactIfGrown(dsg, database, false);
            assertFalse(first.compacted(), "the first build records its size");
            long baseline = first.bytesAfter();
            int compactions = 0;
            for (int rebuild = 1; rebuild <= REBUILDS; rebuild++) {
                replaceRelease(dsg, rebuild, TRIPLES);
                Compaction.Outcome outcome = Compaction.compactIfGrown(dsg, database, false);
                compactions += outcome.compacted() ? 1 : 0;
                assertTrue(outcome.bytesAfter() <= Compaction.GROWTH_LIMIT * baseline,
                    "rebuild " + rebuild + ": " + outcome.describe() + ", first build " + baseline + " bytes");
            }
            assertTrue(compactions >= 1, "replacing " + REBUILDS + " times outgrows the limit at least once");
            assertEquals(1, generations(database), "compaction deletes the old storage");
            long triples = Txn.calculateRead(dsg, () -> dsg.getGraph(GRAPH).size());
            assertEquals(TRIPLES, triples);
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(GRAPH, subject(REBUILDS, 0), Node.ANY, Node.ANY)),
                "the latest version of the release survives compaction");
        } finally {
            Store.close(dsg);
        }
    }

    @Test
    void forcedCompactionCompactsEvenASmallDatabase() throws Exception {
        Path database = tmp.resolve("db");
        DatasetGraph dsg = Store.open(database);
        try {
            replaceRelease(dsg, 0, 100);
            Compaction.Outcome outcome = Compaction.compactIfGrown(dsg, database, true);
            assertTrue(outcome.compacted());
            assertEquals(100L, (long) Txn.calculateRead(dsg, () -> dsg.getGraph(GRAPH).size()));
        } finally {
            Store.close(dsg);
        }
    }

    private static void replaceRelease(DatasetGraph dsg, int version, int triples) {
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Txn.executeWrite(dsg, () -> {
            Store.eraseGraph(dsg, GRAPH);
            for (int i = 0; i < triples; i++) {
                dsg.add(GRAPH, subject(version, i), label, NodeFactory.createLiteralString("version " + version + " item " + i));
            }
        });
    }

    private static Node subject(int version, int i) {
        return NodeFactory.createURI("https://odsl.org.uk/id/thing/" + version + "-" + i);
    }

    private static long generations(Path database) throws Exception {
        try (Stream<Path> entries = Files.list(database)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("Data-")).count();
        }
    }
}
