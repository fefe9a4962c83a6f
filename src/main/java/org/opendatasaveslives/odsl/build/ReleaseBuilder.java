package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.TxnType;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.RmlMapper;
import org.opendatasaveslives.odsl.store.ReleaseProvenance;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.validate.SchemaValidator;
import org.opendatasaveslives.odsl.validate.ShapesLoader;

/**
 * Builds one release: check each input record against the release's JSON Schema if it names one, map its inputs,
 * validate each batch of records, and load what passes into the release's named graph, replacing the previous version,
 * with provenance, inside one write transaction (which {@link ReleaseGroups} may share with other releases). A failure
 * spoils the transaction, which is then aborted, so the previous version stays as it was.
 */
final class ReleaseBuilder {
    private static final int BATCH_RECORDS = 2000;
    /**
     * Also bounds a batch by its quads: the store's thread waits for the first validated batch, so a release of one
     * batch of wide records (a DASH assessment maps to over 100 triples) would otherwise not overlap at all.
     */
    private static final int BATCH_QUADS = 10_000;

    private final DatasetGraph dsg;
    private final Graph reference;
    private final String base;
    private final Path dataDir;
    private final Path reportsDir;
    private final boolean strict;
    private final Path guards;

    /** @param guards the folder of the privacy guards ({@code shapes/guards}) added to every release's shapes */
    ReleaseBuilder(DatasetGraph dsg, Graph reference, String base, Path dataDir, Path reportsDir, boolean strict,
                   Path guards) {
        this.guards = guards;
        this.dsg = dsg;
        this.reference = reference;
        this.base = base;
        this.dataDir = dataDir;
        this.reportsDir = reportsDir;
        this.strict = strict;
    }

    /** Builds one release in a write transaction of its own: {@link #start}, then {@link #writeInto}. */
    ReleaseOutcome build(ReleaseSpec spec) {
        dsg.begin(TxnType.WRITE);
        try {
            Written written = writeInto(start(spec));
            if (written.spoiled()) {
                dsg.abort();
            } else {
                dsg.commit();
            }
            return written.outcome();
        } finally {
            dsg.end();
        }
    }

    /**
     * Starts compiling the release's mapping and shapes, mapping and validating its inputs on a worker thread, which
     * fills a short queue of batches and waits for {@link #writeInto} to write them; the build starts the next
     * release this way while the store is still writing and committing the one before it.
     */
    PendingRelease start(ReleaseSpec spec) {
        return new PendingRelease(spec, System.currentTimeMillis(),
            new MappingPipeline(() -> plan(spec), BATCH_RECORDS, BATCH_QUADS));
    }

    /**
     * What writing a release into an open transaction did.
     *
     * @param outcome the release's outcome (its time excludes the commit, which the caller does)
     * @param spoiled it failed after it began writing: the caller must abort the transaction
     */
    record Written(ReleaseOutcome outcome, boolean spoiled) {
    }

    /**
     * Writes a started release into its named graph, replacing the previous version, inside the caller's write
     * transaction. A failure before anything was written leaves the transaction as it was; one after it began
     * writing is {@linkplain Written#spoiled spoiled}.
     */
    Written writeInto(PendingRelease pending) {
        ReleaseSpec spec = pending.spec();
        // Timed from here, not from the start, so that the releases' times add up to the build's while they overlap.
        long start = System.currentTimeMillis();
        boolean writing = false;
        try (MappingPipeline pipeline = pending.pipeline()) {
            MappingPipeline.Plan plan = pipeline.awaitPlan();
            ReleaseProvenance provenance = describeSources(spec, Instant.ofEpochMilli(pending.startMillis()));
            writing = true;
            return new Written(load(spec, pipeline, plan, provenance, start), false);
        } catch (MappingException | InvalidInputException | IOException e) {
            return failed(spec, e.getMessage(), start, writing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(spec, "interrupted", start, writing);
        } catch (RuntimeException e) {
            return failed(spec, "unexpected error: " + e, start, writing);
        }
    }

    private static Written failed(ReleaseSpec spec, String why, long start, boolean writing) {
        return new Written(ReleaseOutcome.failed(spec.id(), why, System.currentTimeMillis() - start), writing);
    }

    /** A release whose worker is mapping and validating, waiting to be written. */
    record PendingRelease(ReleaseSpec spec, long startMillis, MappingPipeline pipeline) {
    }

    /** Runs on the worker: checks the inputs exist, compiles mapping, shapes and schema, opens the rejects report. */
    private MappingPipeline.Plan plan(ReleaseSpec spec) throws MappingException, InvalidInputException, IOException {
        checkInputsExist(spec);
        if (spec.schema() != null && !Files.isRegularFile(spec.schema())) {
            throw new InvalidInputException("JSON Schema not found: " + spec.schema());
        }
        RmlMapper mapper = RmlMapper.load(spec.mapping());
        Shapes shapes = ShapesLoader.load(shapesOf(spec));
        SchemaValidator schema = spec.schema() == null ? null : SchemaValidator.load(spec.schema());
        MapOptions options = MapOptions.defaults().withBaseIri(base).withInputs(spec.inputs()).withStrict(strict)
                .withParameters(spec.parameters()).withRecordCheck(schema);
        return new MappingPipeline.Plan(mapper, options, new BatchValidator(shapes, reference),
            new RejectsReport(rejectsFile(spec)));
    }

    private Path rejectsFile(ReleaseSpec spec) {
        return reportsDir.resolve("rejects-" + spec.id() + ".csv");
    }

    /** The file holding the guards every release gets, whatever its catalogue entry says. */
    static final String EVERY_RELEASE_GUARD = "every-release.ttl";
    /** The file holding the guards every release catalogued odsl:Open gets. */
    static final String OPEN_RELEASE_GUARD = "open-release.ttl";

    /**
     * The release's own shapes and the privacy guards: {@value #EVERY_RELEASE_GUARD} always,
     * {@value #OPEN_RELEASE_GUARD} unless the release is restricted. A missing guard file fails the release.
     */
    List<Path> shapesOf(ReleaseSpec spec) throws InvalidInputException {
        List<Path> all = new java.util.ArrayList<>(spec.shapes());
        all.add(guards.resolve(EVERY_RELEASE_GUARD));
        if (!spec.restricted()) {
            all.add(guards.resolve(OPEN_RELEASE_GUARD));
        }
        for (Path p : all.subList(spec.shapes().size(), all.size())) {
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException("privacy guard not found: " + p + " (every release is checked"
                    + " against shapes/guards/)");
            }
        }
        return all;
    }

    private void checkInputsExist(ReleaseSpec spec) throws InvalidInputException {
        for (Path input : spec.inputs().values()) {
            if (!Files.isRegularFile(input)) {
                throw new InvalidInputException("input file not found: " + input);
            }
        }
    }

    private ReleaseOutcome load(ReleaseSpec spec, MappingPipeline pipeline, MappingPipeline.Plan plan,
                                ReleaseProvenance provenance, long start) throws MappingException, InterruptedException {
        RejectsReport rejects = plan.rejects();
        Node graph = spec.graph();
        Store.eraseGraph(dsg, graph);
        MapResult result = pipeline.drainInto(quad -> dsg.add(intoRelease(quad, graph)));
        ValidatingLoader loader = pipeline.loader();
        if (result.recordsRead() != loader.loaded() + loader.rejected()) {
            throw new IllegalStateException("record accounting broken: read " + result.recordsRead() + ", loaded "
                + loader.loaded() + ", rejected " + loader.rejected());
        }
        Graph metadata = provenance.finish(Instant.now(), result.recordsRead(), loader.loaded(), loader.rejected());
        Graph quality = QualityMeasurements.ofRelease(spec.iri(), graph, result.recordsRead(), loader.loaded(),
            loader.rejected(), rejects.tally());
        for (Graph g : List.of(spec.description(), metadata, quality)) {
            g.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        long triples = ReleaseStatistics.addTo(dsg, graph, spec.iri(), base + "id/");
        return new ReleaseOutcome(spec.id(), null, result.recordsRead(), loader.loaded(), loader.rejected(), triples,
            System.currentTimeMillis() - start, loader.rejected() > 0 ? rejectsFile(spec) : null, rejects.examples());
    }

    private ReleaseProvenance describeSources(ReleaseSpec spec, Instant started) throws IOException {
        ReleaseProvenance provenance = new ReleaseProvenance(spec.iri(), spec.graph(), started);
        int i = 1;
        for (Map.Entry<String, Path> input : spec.inputs().entrySet()) {
            provenance.used("input", i++, display(input.getValue()), input.getValue());
        }
        provenance.used("mapping", 1, spec.mapping().getFileName().toString(), spec.mapping());
        if (spec.schema() != null) {
            provenance.used("schema", 1, spec.schema().getFileName().toString(), spec.schema());
        }
        List<Path> shapes;
        try {
            shapes = shapesOf(spec);
        } catch (InvalidInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        for (int s = 0; s < shapes.size(); s++) {
            provenance.used("shapes", s + 1, shapes.get(s).getFileName().toString(), shapes.get(s));
        }
        return provenance;
    }

    /** Input paths relative to the data folder, so no machine's local layout leaks into the graph. */
    private String display(Path input) {
        Path abs = input.toAbsolutePath().normalize();
        Path data = dataDir.toAbsolutePath().normalize();
        return abs.startsWith(data) ? data.relativize(abs).toString() : abs.getFileName().toString();
    }

    private static Quad intoRelease(Quad quad, Node graph) {
        return quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad;
    }
}
