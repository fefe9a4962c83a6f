package org.opendatasaveslives.odsl.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.CatalogException;
import org.opendatasaveslives.odsl.build.ReleaseOutcome;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The whole build (map, validate, load every release of the demo catalogue) on synthetic data of a given scale,
 * against Jena's TDB2 basic loader (what {@code tdb2.tdbloader --loader=basic} runs) loading the same quads, written
 * out as N-Quads beforehand, into a fresh database. The build runs in this JVM; the loader then runs in a JVM of its
 * own with the same heap limit, as {@code tdb2.tdbloader} would, so that it neither inherits code the build's JIT
 * compiled nor pays for the build's garbage. One after the other in the same run, so the ratio holds on a shared
 * machine where absolute figures do not.
 */
public final class BuildBenchmark {

    /**
     * @param scale          the synthetic data's scale
     * @param records        records read by the releases
     * @param releaseTriples triples the releases loaded (data, provenance and statistics)
     * @param releaseSeconds time building the releases (map, validate, load)
     * @param totalSeconds   the whole build: ontology, releases, derivation rules, checks, compaction check
     * @param build          heap while building
     * @param loader         the basic loader's run: quads, seconds, its JVM's CPU time, peak heap
     * @param buildDiskBytes the built database's files
     * @param loaderDiskBytes the loaded database's files
     * @param gzippedQuads   whether the loader read its N-Quads gzipped (and so also inflated them)
     */
    public record Result(int scale, long records, long releaseTriples, double releaseSeconds, double totalSeconds,
                         HeapSampler.Usage build, PeerRun loader, long buildDiskBytes, long loaderDiskBytes,
                         boolean gzippedQuads) {
        public double buildTriplesPerSecond() {
            return releaseTriples / releaseSeconds;
        }

        public double loaderQuadsPerSecond() {
            return loader.triplesPerSecond();
        }

        /** The build's rate over the basic loader's: the target is at least 0.8. */
        public double ratio() {
            return buildTriplesPerSecond() / loaderQuadsPerSecond();
        }

        public String line() {
            return String.format("bench build: scale=%d records=%d triples=%d releases=%.1fs (%.0f triples/s) whole-build=%.1fs"
                    + " %s | tdb2 basic loader (own JVM%s): quads=%d %.1fs (%.0f quads/s) peak-heap=%.0fMB cpu=%.1fs"
                    + " | ratio=%.2f | disk: build %.0fMB, basic loader %.0fMB", scale, records, releaseTriples,
                    releaseSeconds, buildTriplesPerSecond(), totalSeconds, build.describe(),
                    gzippedQuads ? ", N-Quads gzipped" : "", loader.triples(),
                    loader.seconds(), loaderQuadsPerSecond(), loader.peakHeapBytes() / HeapSampler.MB,
                    loader.cpuSeconds(), ratio(), buildDiskBytes / HeapSampler.MB, loaderDiskBytes / HeapSampler.MB);
        }
    }

    private BuildBenchmark() {
    }

    /**
     * Generates the demo data at this scale in a temporary folder, builds it, loads its quads with the basic loader.
     *
     * @param gzipQuads write the quads gzipped: scale 1,000's took 1.1 GB instead of about 22, at the cost of the
     *                  loader also inflating them
     */
    public static Result run(Path home, int scale, boolean gzipQuads) throws IOException, CatalogException,
            StoreException, InvalidInputException, InterruptedException {
        Path dir = Files.createTempDirectory("odsl-bench-build-");
        try {
            DemoDatabase.generate(scale, dir);
            HeapSampler buildHeap = HeapSampler.start();
            long start = System.nanoTime();
            BuildReport report = DemoDatabase.build(home, dir);
            double totalSeconds = (System.nanoTime() - start) / 1e9;
            HeapSampler.Usage buildUsage = buildHeap.stop();
            Path db = DemoDatabase.database(dir);
            long records = report.releases().stream().mapToLong(ReleaseOutcome::read).sum();
            long triples = report.releases().stream().mapToLong(ReleaseOutcome::triples).sum();
            double releaseSeconds = report.releases().stream().mapToLong(ReleaseOutcome::millis).sum() / 1000.0;

            // Neither the sources nor the built database are needed once its quads are written: at scale 1,000 they
            // and both databases at once would need tens of GB more disk.
            BenchFiles.delete(DemoDatabase.data(dir));
            Path quads = dir.resolve(gzipQuads ? "releases.nq.gz" : "releases.nq");
            writeReleaseQuads(db, quads, gzipQuads);
            long buildDisk = BenchFiles.size(db);
            BenchFiles.delete(db);
            Path loaderDb = dir.resolve("loader-db");
            PeerRun loader = ChildJvm.run(dir, "basic-loader", ChildJvm.command(ChildJvm.heapLimit(),
                BasicLoaderRunner.class.getName(), loaderDb.toString(), quads.toString()));
            return new Result(scale, records, triples, releaseSeconds, totalSeconds, buildUsage, loader, buildDisk,
                    BenchFiles.size(loaderDb), gzipQuads);
        } finally {
            BenchFiles.delete(dir);
        }
    }

    /** Writes every release graph (not the ontology or derived graphs) as N-Quads, streamed. */
    private static void writeReleaseQuads(Path db, Path file, boolean gzip) throws IOException, StoreException {
        Set<Node> notReleases = Set.of(Odsl.ontologyGraph(Odsl.DEFAULT_BASE), Odsl.derivedGraph(Odsl.DEFAULT_BASE));
        DatasetGraph dsg = Store.open(db);
        try (OutputStream out = new BufferedOutputStream(gzip ? fastGzip(file) : Files.newOutputStream(file),
                1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(quad -> {
                if (!notReleases.contains(quad.getGraph())) {
                    writer.quad(quad);
                }
            }));
            writer.finish();
        } finally {
            Store.close(dsg);
        }
    }

    /** Gzip at its fastest level: the file is only the loader's input, read once. */
    private static OutputStream fastGzip(Path file) throws IOException {
        return new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
