package org.opendatasaveslives.odsl.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.apache.jena.sparql.core.Quad;
import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappingException;
import org.opendatasaveslives.odsl.map.RmlMapper;
import org.opendatasaveslives.odsl.validate.BatchValidator;

/**
 * Maps and validates a release on a second thread and hands each batch of valid quads to the thread that writes the
 * store, so that mapping and validation overlap the index writes instead of taking turns with them. A few batches are
 * queued at most, so memory stays bounded whichever side is slower.
 */
final class MappingPipeline implements AutoCloseable {
    private static final int QUEUED_BATCHES = 4;
    private static final List<Quad> END = new ArrayList<>();

    private final BlockingQueue<List<Quad>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "odsl-map-validate");
        thread.setDaemon(true);
        return thread;
    });
    private final ValidatingLoader loader;
    private final Future<MapResult> result;

    MappingPipeline(RmlMapper mapper, MapOptions options, BatchValidator validator, RejectsReport rejects,
                    int batchRecords, int batchQuads) {
        this.loader = new ValidatingLoader(validator, this::hand, rejects, batchRecords, batchQuads);
        this.result = worker.submit(() -> {
            try {
                MapResult mapped = mapper.run(options, loader);
                loader.flush();
                return mapped;
            } finally {
                endOfBatches();
            }
        });
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

    /** Stops the worker if the writing side gave up early. */
    @Override
    public void close() {
        result.cancel(true);
        worker.shutdownNow();
    }
}
