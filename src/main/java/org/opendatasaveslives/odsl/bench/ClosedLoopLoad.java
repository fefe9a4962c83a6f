package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.http.HttpRequest;
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
 * error.
 * <p>
 * Requests are described as {@link HttpRequest}s (URI and headers) and sent with the JDK's blocking
 * {@link HttpURLConnection}, on the worker's own thread, its connections kept alive by the JDK's cache: the clients
 * share the cores with the server, and {@code java.net.http.HttpClient}, which hands every exchange between its
 * selector thread and the caller, took so much of them that the server answered far fewer pings per second
 * (docs/performance.md).
 */
final class ClosedLoopLoad {
    /** Longer than the server's query timeout: a server that stops answering fails the run instead of hanging it. */
    private static final int TIMEOUT_MILLIS = 120_000;

    private ClosedLoopLoad() {
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
    static Sample run(IntFunction<HttpRequest> requests, int concurrency, Duration duration) throws InterruptedException {
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
    private static Worker work(IntFunction<HttpRequest> requests, int first, long end) throws IOException, InterruptedException {
        long[] latencies = new long[1024];
        int n = 0;
        long errors = 0;
        String firstError = null;
        long now = System.nanoTime();
        while (now < end) {
            HttpRequest request = requests.apply(first + n);
            int status = send(request);
            long done = System.nanoTime();
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = done - now;
            if (status / 100 != 2) {
                errors++;
                if (firstError == null) {
                    firstError = status + " from " + request.uri();
                }
            }
            now = done;
        }
        return new Worker(Arrays.copyOf(latencies, n), errors, firstError);
    }

    // Reads the whole answer, which hands the connection back to the JDK's keep-alive cache for the next request.
    private static int send(HttpRequest request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) request.uri().toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        request.headers().map().forEach((name, values) -> values.forEach(v -> connection.addRequestProperty(name, v)));
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        return status;
    }
}
