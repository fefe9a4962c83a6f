package org.opendatasaveslives.odsl.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens the TDB2 database a build writes (creating it when new). TDB2 allows one process per database, so a database
 * held by a running server gets a clear message instead of a lock error from deep in Jena.
 */
public final class Store {
    private Store() {
    }

    public static DatasetGraph open(Path dir) throws StoreException {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(absolute.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return dsg;
        } catch (DBOpEnvException e) {
            throw new StoreException("database " + absolute + " cannot be opened: " + e.getMessage()
                + ". TDB2 allows one process per database: stop the odsl serve or build using it, then retry.");
        }
    }

    private static final int ERASE_SLICE = 100_000;

    /**
     * Deletes every quad of a named graph; call inside a write transaction. Jena's generic {@code deleteAny} works in
     * slices of 1,000 quads, decoding and re-encoding every node, and took over ten minutes to clear one 529k-triple
     * release here; deleting node-id tuples in slices of 100,000 took ten seconds.
     */
    public static void eraseGraph(DatasetGraph dsg, Node graph) {
        if (!TDBInternal.isTDB2(dsg)) {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return;
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        while (true) {
            List<Tuple<NodeId>> slice = new ArrayList<>(ERASE_SLICE);
            Iterator<Tuple<NodeId>> found = quads.findAsNodeIds(graph, Node.ANY, Node.ANY, Node.ANY);
            while (found.hasNext() && slice.size() < ERASE_SLICE) {
                slice.add(found.next());
            }
            Iter.close(found);
            slice.forEach(quads.getTupleTable()::delete);
            if (slice.size() < ERASE_SLICE) {
                return;
            }
        }
    }

    /** Releases the database so that another process (a server) may open it. */
    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }
}
