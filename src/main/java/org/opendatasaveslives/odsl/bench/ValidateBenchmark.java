package org.opendatasaveslives.odsl.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MappedRecordSinks;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.NTriplesOutput;
import org.opendatasaveslives.odsl.map.RmlMapper;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.validate.RdfFiles;
import org.opendatasaveslives.odsl.validate.ShapesLoader;

/**
 * The build's ingest validation (SHACL per batch in memory, reference data beside it: see {@link BatchValidator})
 * against Jena's {@link ShaclValidator} over the whole data in one in-memory graph, on the same mapped police.uk
 * street crime and the same shapes (the crime and geography shapes and the privacy guards). Both parse the same
 * N-Triples file, so both rates include parsing; the heap figures show what each holds. Both run twice, in turn, and
 * the second round is reported, so that neither pays for warming the JIT.
 */
public final class ValidateBenchmark {
    /** Triples per batch, cut where the subject changes; the build's 2,000 records make about as many. */
    static final int BATCH_TRIPLES = 20_000;
    private static final long SEED = 42;

    /**
     * @param triples         triples validated
     * @param batchSeconds    parse and validate in batches
     * @param batchViolations violations the batches found
     * @param batch           heap while validating in batches
     * @param jenaSeconds     parse into one graph and validate it
     * @param jenaViolations  violations Jena's validator found
     * @param jena            heap while Jena validates
     */
    public record Result(long rows, long triples, double batchSeconds, long batchViolations, HeapSampler.Usage batch,
                         double jenaSeconds, long jenaViolations, HeapSampler.Usage jena) {
        public double ratio() {
            return jenaSeconds / batchSeconds;
        }

        public String line() {
            return String.format("bench validate: rows=%d triples=%d | batches: %.1fs (%.0f triples/s) violations=%d %s"
                    + " | jena ShaclValidator, one graph: %.1fs (%.0f triples/s) violations=%d %s | ratio=%.2f", rows,
                    triples, batchSeconds, triples / batchSeconds, batchViolations, batch.describe(), jenaSeconds,
                    triples / jenaSeconds, jenaViolations, jena.describe(), ratio());
        }
    }

    private ValidateBenchmark() {
    }

    public static Result run(Path home, long rows) throws IOException, MappingException, InvalidInputException {
        Path dir = Files.createTempDirectory("odsl-bench-validate-");
        try {
            Path nt = mapStreetCrime(home, dir, rows);
            Graph reference = RdfFiles.read(List.of(home.resolve("ontology")));
            Shapes shapes = ShapesLoader.load(List.of(home.resolve("shapes/police-crime.ttl"),
                home.resolve("shapes/geography.ttl"), home.resolve("shapes/guards")));

            // A first round warms the JIT for both; the second is the one reported.
            Result result = null;
            for (int round = 0; round < 2; round++) {
                result = measure(nt, rows, shapes, reference);
            }
            return result;
        } finally {
            BenchFiles.delete(dir);
        }
    }

    private static Result measure(Path nt, long rows, Shapes shapes, Graph reference) {
        BatchValidator validator = new BatchValidator(shapes, reference);
        HeapSampler batchHeap = HeapSampler.start();
        long start = System.nanoTime();
        BatchedValidation batches = new BatchedValidation(validator);
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(batches);
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        HeapSampler.Usage batchUsage = batchHeap.stop();

        HeapSampler jenaHeap = HeapSampler.start();
        long jenaStart = System.nanoTime();
        Graph all = GraphFactory.createDefaultGraph();
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(all);
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(all, reference));
        double jenaSeconds = (System.nanoTime() - jenaStart) / 1e9;
        HeapSampler.Usage jenaUsage = jenaHeap.stop();
        return new Result(rows, batches.triples.get(), batchSeconds, batches.violations.get(), batchUsage,
            jenaSeconds, report.getEntries().size(), jenaUsage);
    }

    private static Path mapStreetCrime(Path home, Path dir, long rows) throws IOException, MappingException {
        Path csv = dir.resolve("street.csv");
        Path nt = dir.resolve("street.nt");
        DemoDataGenerator.writeStreetCrime(csv, DemoDataGenerator.POLICE_FILES.get(0), rows, SEED);
        RmlMapper mapper = RmlMapper.load(home.resolve("mappings/police-street-crime.rml.ttl"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nt), 1 << 16)) {
            NTriplesOutput writer = new NTriplesOutput(out);
            writer.start();
            mapper.run(MapOptions.defaults().withInput("", csv), MappedRecordSinks.toStream(writer, e -> { }));
            writer.finish();
        }
        return nt;
    }

    /** Collects parsed triples into batches, cut where the subject changes, and validates each. */
    private static final class BatchedValidation extends StreamRDFBase {
        private final BatchValidator validator;
        private final AtomicLong triples = new AtomicLong();
        private final AtomicLong violations = new AtomicLong();
        private Graph batch = GraphFactory.createDefaultGraph();
        private Node lastSubject;

        BatchedValidation(BatchValidator validator) {
            this.validator = validator;
        }

        @Override
        public void triple(Triple triple) {
            if (batch.size() >= BATCH_TRIPLES && !triple.getSubject().equals(lastSubject)) {
                validateBatch();
            }
            batch.add(triple);
            lastSubject = triple.getSubject();
            triples.incrementAndGet();
        }

        @Override
        public void finish() {
            validateBatch();
        }

        private void validateBatch() {
            if (!batch.isEmpty()) {
                violations.addAndGet(validator.validate(batch).size());
                batch = GraphFactory.createDefaultGraph();
            }
        }
    }
}
