package org.opendatasaveslives.odsl.bench;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.opendatasaveslives.odsl.store.Store;

/**
 * The anchor of {@code odsl bench build}, run in a JVM of its own as {@code tdb2.tdbloader --loader=basic --loc DB
 * FILE} would be: Jena's TDB2 basic loader loads FILE into the new database DB; prints {@link PeerRun#line}.
 * Exit 0 = done, 2 = error.
 */
public final class BasicLoaderRunner {
    private BasicLoaderRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BasicLoaderRunner DB FILE.nq");
            System.exit(2);
        }
        try {
            System.out.println(run(Path.of(args[0]), Path.of(args[1])));
        } catch (Exception e) {
            System.err.println("basic loader: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String run(Path db, Path file) throws Exception {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        DatasetGraph dsg = Store.open(db);
        long quads;
        try {
            DataLoader loader = LoaderFactory.basicLoader(dsg, (format, args) -> { });
            loader.startBulk();
            try {
                loader.load(file.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads() + loader.countTriples();
        } finally {
            Store.close(dsg);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        HeapSampler.Usage usage = heap.stop();
        return PeerRun.line(quads, seconds, HeapSampler.processCpuSeconds(), usage.peakBytes());
    }
}
