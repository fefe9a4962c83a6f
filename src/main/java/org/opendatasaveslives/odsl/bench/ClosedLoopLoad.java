package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: N workers, each sending its next request as soon as the answer to its last one has been read,
 * over kept-alive connections, for a set time. A worker records every latency; an answer other than 2xx counts as an
 * error (its body is not read).
 */
final class ClosedLoopLoad {
    private final HttpClient client;

    ClosedLoopLoad(HttpClient client) {
        this.client = client;
    }

    /** What the workers saw over a period: every latency, the error answers and the first of them (null if none). */
    record Sample(long[] latencyNanos, long errors, double seconds, String firstError) {
        /** Samples of consecutive periods as one. */
        static Sample merge(List<Sample> samples) {
            return new Sample(samples.stream().flatMapToLong(s -> Arrays.stream(s.latencyNanos)).toArray(),
                    samples.stream().mapToLong(Sample::errors).sum(), samples.stream().mapToDouble(Sample::seconds).sum(),
                    samples.stream().map(Sample::firstError).filter(Objects::nonNull).findFirst().orElse(null));
        }

        long requests() {
            return latencyNanos.length;
        }
    }

    private record Worker(long[] latencyNanos, long errors, String firstError) {
    }

    /**
     * Runs {@code concurrency} workers for {@code duration}.
     *
     * @param requests the request a worker sends next, by its place in the sequence
     */
    Sample run(IntFunction<HttpRequest> requests, int concurrency, Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<Worker>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int first = w * 7919;
                workers.add(pool.submit(() -> work(requests, first, end)));
            }
            List<Worker> done = new ArrayList<>();
            for (Future<Worker> worker : workers) {
                done.add(worker.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Sample(done.stream().flatMapToLong(w -> Arrays.stream(w.latencyNanos())).toArray(),
                    done.stream().mapToLong(Worker::errors).sum(), seconds,
                    done.stream().map(Worker::firstError).filter(Objects::nonNull).findFirst().orElse(null));
        } catch (ExecutionException e) {
            throw new IllegalStateException("A benchmark worker failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // Workers start at different requests of the sequence, so that they do not ask for the same thing at once.
    private Worker work(IntFunction<HttpRequest> requests, int first, long end) throws IOException, InterruptedException {
        long[] latencies = new long[1024];
        int n = 0;
        long errors = 0;
        String firstError = null;
        long now = System.nanoTime();
        while (now < end) {
            HttpRequest request = requests.apply(first + n);
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            long done = System.nanoTime();
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = done - now;
            if (response.statusCode() / 100 != 2) {
                errors++;
                if (firstError == null) {
                    firstError = response.statusCode() + " from " + request.uri();
                }
            }
            now = done;
        }
        return new Worker(Arrays.copyOf(latencies, n), errors, firstError);
    }
}
