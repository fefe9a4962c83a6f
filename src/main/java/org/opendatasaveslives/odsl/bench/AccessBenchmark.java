package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.opendatasaveslives.odsl.serve.ExampleQueries;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;
import org.opendatasaveslives.odsl.serve.access.PasswordHash;
import org.opendatasaveslives.odsl.serve.access.ReleaseAccess;
import org.opendatasaveslives.odsl.serve.access.Role;
import org.opendatasaveslives.odsl.serve.access.UserAccount;
import org.opendatasaveslives.odsl.serve.access.UsersFile;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The cost of access control on a SPARQL lookup: the same in-memory TDB2 data (open and restricted releases) served by
 * plain Fuseki (no access control) and by {@link OdslServer} (anonymous, and a police user over HTTP Basic), each
 * answering the same one-row lookups fired by a Java HttpClient at a given concurrency.
 */
public final class AccessBenchmark {
    private static final String USER = "bench-police";
    private static final String PASSWORD = "bench password, not a secret";
    private static final int GRAPHS = 20;
    private static final int WARM_UP = 500;
    private static final int ROUNDS = 4;

    /** What each request asks. */
    public enum Workload {
        /** One row: the value of a random thing of an open graph, which every target reads. */
        LOOKUP,
        /** A scan: the number of values in every graph the user reads (all of them for plain Fuseki and police). */
        COUNT,
        /** The same scan through a property path ({@code odsl:value+}), which access control walks over the user's view. */
        PATH
    }

    /** Figures of one server configuration at one concurrency. */
    public record Run(String name, int concurrency, int requests, double seconds, double p50Millis, double p99Millis) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        public String line(Run baseline) {
            return String.format("%-28s c=%d  %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  ratio %.2f", name, concurrency,
                    requestsPerSecond(), p50Millis, p99Millis, requestsPerSecond() / baseline.requestsPerSecond());
        }
    }

    private AccessBenchmark() {
    }

    /**
     * Runs every configuration at every concurrency.
     *
     * @param thingsPerGraph things (one triple each) in each of the {@value #GRAPHS} graphs, half of them restricted
     */
    public static List<Run> run(Workload workload, int requests, int thingsPerGraph, int[] concurrencies)
            throws IOException, InterruptedException {
        // Fuseki logs three lines per request; that would measure the logger, the same for every configuration.
        Configurator.setLevel("org.apache.jena.fuseki.Fuseki", Level.WARN);
        DatasetGraph dataset = dataset(thingsPerGraph);
        Path folder = Files.createTempDirectory("odsl-bench-access");
        Path users = folder.resolve("users.txt");
        UsersFile.put(users, new UserAccount(USER, EnumSet.of(Role.POLICE),
                PasswordHash.of(PASSWORD.toCharArray(), PasswordHash.DEFAULT_ITERATIONS)));
        List<Run> runs = new ArrayList<>();
        FusekiServer plain = plainFuseki(dataset);
        OdslServer server = OdslServer.start(ServeConfig.forDataset(dataset).port(0).users(users)
                .auditLog(folder.resolve("audit.jsonl")).exampleQueries(ExampleQueries.onClasspath("none")).build());
        try {
            List<Target> targets = List.of(
                    new Target("no access control", "http://127.0.0.1:" + plain.getHttpPort() + "/odsl/sparql", null),
                    new Target("access control, anonymous", server.sparqlUrl(), null),
                    new Target("access control, police user", server.sparqlUrl(), USER + ":" + PASSWORD));
            for (int c : concurrencies) {
                // Every target is warmed up, then measured in interleaved rounds, each starting with the next target,
                // so that JIT compilation, garbage collection and the machine's other load fall on all of them alike.
                for (Target target : targets) {
                    fire(workload, target, Math.min(WARM_UP, requests), c, thingsPerGraph, new long[WARM_UP]);
                }
                long[][] nanos = new long[targets.size()][requests];
                double[] seconds = new double[targets.size()];
                int perRound = requests / ROUNDS;
                for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < targets.size(); k++) {
                        int t = (round + k) % targets.size();
                        long[] latencies = new long[perRound];
                        long start = System.nanoTime();
                        fire(workload, targets.get(t), perRound, c, thingsPerGraph, latencies);
                        seconds[t] += (System.nanoTime() - start) / 1e9;
                        System.arraycopy(latencies, 0, nanos[t], round * perRound, perRound);
                    }
                }
                for (int t = 0; t < targets.size(); t++) {
                    long[] all = Arrays.copyOf(nanos[t], perRound * ROUNDS);
                    Arrays.sort(all);
                    runs.add(new Run(targets.get(t).name(), c, all.length, seconds[t], percentile(all, 0.50),
                            percentile(all, 0.99)));
                }
            }
        } finally {
            server.stop();
            plain.stop();
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
        return runs;
    }

    // Half the graphs open, half restricted to police; the lookups ask for things in open graphs, which everyone reads.
    private static DatasetGraph dataset(int thingsPerGraph) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int g = 0; g < GRAPHS; g++) {
                boolean restricted = g % 2 == 1;
                Node graph = NodeFactory.createURI("https://odsl.org.uk/graph/bench-" + g);
                Node release = NodeFactory.createURI("https://odsl.org.uk/id/dataset/bench-" + g);
                dataset.add(graph, release, Odsl.ACCESS_TIER, restricted ? Odsl.RESTRICTED : Odsl.OPEN);
                if (restricted) {
                    dataset.add(graph, release, ReleaseAccess.READABLE_BY, NodeFactory.createLiteralString("police"));
                }
                for (int i = 0; i < thingsPerGraph; i++) {
                    dataset.add(new Quad(graph, thing(g, i), Odsl.term("value"), NodeFactory.createLiteralString("v" + i)));
                }
            }
        });
        return dataset;
    }

    private static Node thing(int graph, int i) {
        return NodeFactory.createURI("https://odsl.org.uk/id/thing/" + graph + "-" + i);
    }

    private static FusekiServer plainFuseki(DatasetGraph dataset) {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        return FusekiServer.create().port(0).loopback(true).add("/odsl", dataset, false).start();
    }

    /** A server to send lookups to, with the credentials to send (none for anonymous). */
    private record Target(String name, String endpoint, String credentials) {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static void fire(Workload workload, Target target, int requests, int concurrency, int thingsPerGraph,
                             long[] nanos) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    Random random = new Random(worker);
                    for (int r = worker; r < requests; r += concurrency) {
                        HttpRequest request = request(target.endpoint(), target.credentials(),
                                query(workload, random, thingsPerGraph));
                        long t = System.nanoTime();
                        HttpResponse<String> response = Target.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[r] = System.nanoTime() - t;
                        if (response.statusCode() != 200 || !response.body().contains("\"value\"")) {
                            throw new IllegalStateException("Lookup failed with " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Benchmark request failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String query(Workload workload, Random random, int thingsPerGraph) {
        String value = "<" + Odsl.term("value").getURI() + ">";
        return switch (workload) {
            case LOOKUP -> "SELECT ?v WHERE { <" + thing(random.nextInt(GRAPHS / 2) * 2, random.nextInt(thingsPerGraph)).getURI()
                    + "> " + value + " ?v }";
            case COUNT -> "SELECT (COUNT(*) AS ?n) WHERE { ?s " + value + " ?v }";
            case PATH -> "SELECT (COUNT(*) AS ?n) WHERE { ?s " + value + "+ ?v }";
        };
    }

    /** A SPARQL query sent by GET, asking for JSON results, with HTTP Basic credentials ({@code user:password}) or none. */
    static HttpRequest request(String endpoint, String credentials, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(120));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request.GET().build();
    }

    /** The latency below which this fraction of the sorted latencies lies, in milliseconds. */
    static double percentile(long[] sortedNanos, double fraction) {
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(fraction * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
