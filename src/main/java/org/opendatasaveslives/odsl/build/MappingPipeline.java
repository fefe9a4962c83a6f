package org.opendatasaveslives.odsl.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.RmlMapper;
import org.opendatasaveslives.odsl.validate.BatchValidator;
import org.opendatasaveslives.odsl.validate.InvalidInputException;

/**
 * Prepares, maps and validates a release on a second thread and hands each batch of valid quads to the thread that
 * writes the store, so that compiling the mapping and shapes, mapping and validation overlap the index writes (of this
 * release, or of the one before it) instead of taking turns with them. A few batches are queued at most, so memory
 * stays bounded whichever side is slower.
 */
final class MappingPipeline implements AutoCloseable {
    private static final int QUEUED_BATCHES = 4;
    private static final List<Quad> END = new ArrayList<>();

    /** What the worker needs to map a release: the compiled mapping, its options, the validator and the report. */
    record Plan(RmlMapper mapper, MapOptions options, BatchValidator validator, RejectsReport rejects) {
    }

    /** Compiles a release's mapping and shapes and opens its rejects report; runs on the worker. */
    @FunctionalInterface
    interface Planner {
        Plan plan() throws MappingException, InvalidInputException, IOException;
    }

    private final BlockingQueue<List<Quad>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "odsl-map-validate");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<Plan> plan = new CompletableFuture<>();
    private final int batchRecords;
    private final int batchQuads;
    private final Future<MapResult> result;
    private volatile ValidatingLoader loader;

    /** Starts the worker: it plans, then maps, validates and queues batches of at most these records or quads. */
    MappingPipeline(Planner planner, int batchRecords, int batchQuads) {
        this.batchRecords = batchRecords;
        this.batchQuads = batchQuads;
        this.result = worker.submit(() -> {
            try {
                return map(planned(planner));
            } finally {
                endOfBatches();
            }
        });
    }

    private Plan planned(Planner planner) throws Exception {
        try {
            Plan ready = planner.plan();
            plan.complete(ready);
            return ready;
        } catch (Exception | Error e) {
            plan.completeExceptionally(e);
            throw e;
        }
    }

    private MapResult map(Plan ready) throws MappingException {
        loader = new ValidatingLoader(ready.validator(), this::hand, ready.rejects(), batchRecords, batchQuads);
        MapResult mapped = ready.mapper().run(ready.options(), loader);
        loader.flush();
        return mapped;
    }

    /** Waits for the worker's plan; throws what compiling the mapping or shapes threw. */
    Plan awaitPlan() throws MappingException, InvalidInputException, IOException, InterruptedException {
        try {
            return plan.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MappingException failure) {
                throw failure;
            }
            if (cause instanceof InvalidInputException failure) {
                throw failure;
            }
            if (cause instanceof IOException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Passes every valid quad to {@code store} on the calling thread; returns what the mapper read. */
    MapResult drainInto(Consumer<Quad> store) throws MappingException, InterruptedException {
        for (List<Quad> batch = batches.take(); batch != END; batch = batches.take()) {
            batch.forEach(store);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MappingException mappingFailure) {
                throw mappingFailure;
            }
            if (e.getCause() instanceof RuntimeException runtimeFailure) {
                throw runtimeFailure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The loader's counts; complete once {@link #drainInto} has returned. */
    ValidatingLoader loader() {
        return loader;
    }

    private void hand(List<Quad> batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the store stopped taking batches");
        }
    }

    private void endOfBatches() {
        try {
            batches.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the worker if the writing side gave up early, then closes the rejects report. */
    @Override
    public void close() throws IOException {
        result.cancel(true);
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (plan.isDone() && !plan.isCompletedExceptionally()) {
            plan.join().rejects().close();
        }
    }
}
