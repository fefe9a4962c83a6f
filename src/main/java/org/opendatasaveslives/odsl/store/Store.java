package org.opendatasaveslives.odsl.store;

import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
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

    /** Releases the database so that another process (a server) may open it. */
    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }
}
