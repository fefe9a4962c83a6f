package org.opendatasaveslives.odsl.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappedRecordSinks;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.NTriplesOutput;
import org.opendatasaveslives.odsl.map.RmlMapper;

/**
 * Maps a synthetic police.uk CSV of N rows to N-Triples in a temporary file, then parses that file with Jena's RIOT
 * into a counting sink: the mapper's speed is reported next to the parser's on the same machine, which makes figures
 * from different machines comparable.
 */
public final class MapBenchmark {
    private static final long SEED = 42;
    private static final double MB = 1024.0 * 1024.0;

    /**
     * The figures of one run.
     *
     * @param rows          CSV rows read
     * @param rejected      rows rejected by the mapping
     * @param triples       triples written
     * @param mapSeconds    wall time of loading the mapping and mapping the file
     * @param peakHeapBytes the peak heap in use while mapping (sum of the heap pools' peaks): garbage included, so it
     *                      grows with the heap the JVM is allowed
     * @param liveHeapBytes the largest heap still in use after a garbage collection while mapping (sampled): what the
     *                      mapping really holds, which stays flat when it streams
     * @param riotTriples   triples RIOT parsed back
     * @param riotSeconds   wall time of RIOT's parse
     */
    public record Result(long rows, long rejected, long triples, double mapSeconds, long peakHeapBytes,
            long liveHeapBytes, long riotTriples, double riotSeconds) {
        public double rowsPerSecond() {
            return rows / mapSeconds;
        }

        public double triplesPerSecond() {
            return triples / mapSeconds;
        }

        public double riotTriplesPerSecond() {
            return riotTriples / riotSeconds;
        }

        /** Our triples/s ÷ RIOT's N-Triples parsing triples/s. */
        public double ratio() {
            return triplesPerSecond() / riotTriplesPerSecond();
        }

        /** One line of figures. */
        public String line() {
            return String.format("bench map: rows=%d rejected=%d triples=%d map=%.2fs rows/s=%.0f triples/s=%.0f"
                    + " peak-heap=%.0fMB live-heap=%.0fMB riot-triples/s=%.0f ratio=%.2f", rows, rejected, triples,
                    mapSeconds, rowsPerSecond(), triplesPerSecond(), peakHeapBytes / MB, liveHeapBytes / MB,
                    riotTriplesPerSecond(), ratio());
        }
    }

    private MapBenchmark() {
    }

    /** The machine the figures come from: cores, Java version and vendor, maximum heap. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format("machine: cores=%d java=%s (%s) max-heap=%.0fMB", rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vendor"), rt.maxMemory() / MB);
    }

    /** The join-heavy mapping of {@code odsl bench map --join}, a resource of the engine. */
    public static Path joinMapping(Path folder) throws IOException {
        Path file = folder.resolve("street-crime-district-join.rml.ttl");
        try (var in = MapBenchmark.class.getResourceAsStream("/odsl/bench/street-crime-district-join.rml.ttl")) {
            Files.copy(in, file);
        }
        return file;
    }

    /**
     * Generates the CSV in a temporary folder, maps it with {@code mapping}, parses the output; removes the files.
     * With {@code join}, the join-heavy mapping runs instead, over the CSV and the demo's LSOA lookup.
     */
    public static Result run(Path mapping, long rows, boolean join) throws IOException, MappingException {
        Path dir = Files.createTempDirectory("odsl-bench-");
        try {
            Path csv = dir.resolve("street.csv");
            Path nt = dir.resolve("street.nt");
            DemoDataGenerator.writeStreetCrime(csv, DemoDataGenerator.POLICE_FILES.get(0), rows, SEED);
            MapOptions options = MapOptions.defaults().withInput("", csv);
            if (join) {
                Path demo = dir.resolve("demo");
                DemoDataGenerator.generate(demo, SEED, 1);
                mapping = joinMapping(dir);
                options = MapOptions.defaults().withInput("street.csv", csv)
                        .withInput("lsoa11_ccg_lad.csv", demo.resolve(DemoDataGenerator.LSOA_CCG_LAD));
            }
            HeapSampler heap = HeapSampler.start();
            long start = System.nanoTime();
            RmlMapper mapper = RmlMapper.load(mapping);
            MapResult result;
            AtomicLong triples = new AtomicLong();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nt), 1 << 16)) {
                StreamRDF writer = new NTriplesOutput(out);
                StreamRDF counting = new CountingStream(writer, triples);
                counting.start();
                result = mapper.run(options, MappedRecordSinks.toStream(counting, e -> { }));
                counting.finish();
            }
            double mapSeconds = (System.nanoTime() - start) / 1e9;
            HeapSampler.Usage usage = heap.stop();

            AtomicLong parsed = new AtomicLong();
            long riotStart = System.nanoTime();
            RDFParser.source(nt).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    parsed.incrementAndGet();
                }
            });
            double riotSeconds = (System.nanoTime() - riotStart) / 1e9;
            return new Result(result.recordsRead(), result.recordsFailed(), triples.get(), mapSeconds, usage.peakBytes(),
                    usage.liveBytes(), parsed.get(), riotSeconds);
        } finally {
            BenchFiles.delete(dir);
        }
    }

    /** Passes everything on, counting triples and quads. */
    private static final class CountingStream extends StreamRDFWrapper {
        private final AtomicLong count;

        CountingStream(StreamRDF out, AtomicLong count) {
            super(out);
            this.count = count;
        }

        @Override
        public void triple(Triple triple) {
            count.incrementAndGet();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count.incrementAndGet();
            super.quad(quad);
        }
    }
}
