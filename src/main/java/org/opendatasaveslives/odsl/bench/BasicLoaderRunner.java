package org.opendatasaveslives.odsl.bench;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;

/**
 * The anchor of {@code odsl bench build}, run in a JVM of its own as {@code tdb2.tdbloader --loader=basic --loc DB
 * FILE} would be: Jena's TDB2 basic loader loads FILE into the new database DB; prints {@link PeerRun#line}.
 * Exit 0 = done, 2 = error.
 */
public final class BasicLoaderRunner {
    private BasicLoaderRunner() {
    }

    public static void main(String[] args) {
        PeerRun.runChild(args, "BasicLoaderRunner DB FILE.nq", "basic loader", BasicLoaderRunner::load);
    }

    private static long load(Path db, Path file) throws StoreException {
        DatasetGraph dsg = Store.open(db);
        try {
            DataLoader loader = LoaderFactory.basicLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                try {
                    loader.finishException(e);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup); // the first failure says what went wrong, not the clean-up's
                }
                throw e;
            }
            return loader.countQuads() + loader.countTriples();
        } finally {
            Store.close(dsg);
        }
    }
}
