package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.opendatasaveslives.odsl.build.CatalogException;
import org.opendatasaveslives.odsl.build.ReleaseOutcome;
import org.opendatasaveslives.odsl.serve.ExampleQueries;
import org.opendatasaveslives.odsl.serve.ExampleQuery;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;
import org.opendatasaveslives.odsl.serve.linkeddata.UriSpace;
import org.opendatasaveslives.odsl.store.Store;
import org.opendatasaveslives.odsl.store.StoreException;
import org.opendatasaveslives.odsl.validate.InvalidInputException;
import org.opendatasaveslives.odsl.vocab.Odsl;

/**
 * The server under load: the demo data built at a scale and served by {@link OdslServer} in this JVM, on loopback, as
 * an anonymous user; closed-loop clients at each concurrency send, in interleaved rounds, Fuseki's {@code /$/ping} (the
 * anchor), the HTML page of a crime record, a SPARQL lookup of that record's statements and one of the example queries,
 * each both as a repeat the server's response cache answers and with {@code Cache-Control: no-cache}, worked out afresh.
 */
public final class ServeBenchmark {
    /** The example query of the {@code query} case: an aggregate over the crime Data Cube. */
    public static final String EXAMPLE_QUERY_NAME = "crimes-by-district-and-month";
    private static final int SUBJECTS = 100;
    private static final int ROUNDS = 4;

    /**
     * What a client asks, one kind per case. The fresh cases send {@code Cache-Control: no-cache}, so the server works
     * out every answer; the others ask what they asked before and are answered from the server's response cache.
     */
    public enum Case {
        PING("ping (/$/ping)", false), PAGE("page (/doc/crime/...)", false),
        PAGE_FRESH("page, no-cache", true), LOOKUP("lookup (SELECT by subject)", false),
        LOOKUP_FRESH("lookup, no-cache", true), QUERY("query (" + EXAMPLE_QUERY_NAME + ")", false),
        QUERY_FRESH("query, no-cache", true);

        private final String label;
        private final boolean fresh;

        Case(String label, boolean fresh) {
            this.label = label;
            this.fresh = fresh;
        }
    }

    /** Figures of one case at one concurrency. */
    public record Run(Case kind, int concurrency, long requests, long errors, String firstError, double seconds,
                      double p50Millis, double p99Millis) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        public String line(Run ping) {
            return String.format("bench serve: %-40s c=%-2d %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  ratio-to-ping %.2f"
                    + "  errors=%d", kind.label, concurrency, requestsPerSecond(), p50Millis, p99Millis,
                    requestsPerSecond() / ping.requestsPerSecond(), errors);
        }
    }

    /**
     * @param scale   the synthetic data's scale
     * @param triples triples the build loaded
     * @param runs    every case at every concurrency
     * @param heap    heap of this JVM (server and clients) while the clients ran
     */
    public record Result(int scale, long triples, List<Run> runs, HeapSampler.Usage heap) {
        public long errors() {
            return runs.stream().mapToLong(Run::errors).sum();
        }

        /** The first error answer, or null when there was none. */
        public String firstError() {
            return runs.stream().map(Run::firstError).filter(Objects::nonNull).findFirst().orElse(null);
        }

        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (Run run : runs) {
                Run ping = runs.stream().filter(r -> r.kind() == Case.PING && r.concurrency() == run.concurrency())
                        .findFirst().orElseThrow();
                lines.add(run.line(ping));
            }
            lines.add(String.format("bench serve: scale=%d triples=%d server and clients in one JVM: %s", scale,
                    triples, heap.describe()));
            return lines;
        }
    }

    private ServeBenchmark() {
    }

    /** Builds the demo data at this scale in a temporary folder, serves it and measures every case at every concurrency. */
    public static Result run(Path home, int scale, int[] concurrencies, Duration warmUp, Duration measured)
            throws IOException, CatalogException, StoreException, InvalidInputException, InterruptedException {
        // Fuseki logs three lines per request: that would measure the logger.
        Configurator.setLevel("org.apache.jena.fuseki.Fuseki", Level.WARN);
        // The JDK keeps 5 idle connections per server unless told otherwise: one per client, or they would reconnect.
        int clients = Arrays.stream(concurrencies).max().orElse(1);
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", String.valueOf(Math.max(5, clients)));
        }
        Path dir = Files.createTempDirectory("odsl-bench-serve-");
        try {
            DemoDatabase.generate(scale, dir);
            long triples = DemoDatabase.build(home, dir).releases().stream().mapToLong(ReleaseOutcome::triples).sum();
            DatasetGraph dataset = Store.open(DemoDatabase.database(dir));
            try {
                List<String> crimes = crimeRecords(dataset);
                OdslServer server = OdslServer.start(ServeConfig.forDataset(dataset).port(0)
                        .auditLog(dir.resolve("audit.jsonl")).build());
                try {
                    Map<Case, IntFunction<HttpRequest>> requests = requests(server, crimes, exampleQuery());
                    checkAnswers(requests);
                    HeapSampler heap = HeapSampler.start();
                    List<Run> runs = measure(requests, concurrencies, warmUp, measured);
                    return new Result(scale, triples, runs, heap.stop());
                } finally {
                    server.stop();
                }
            } finally {
                Store.close(dataset);
            }
        } finally {
            BenchFiles.delete(dir);
        }
    }

    private static List<Run> measure(Map<Case, IntFunction<HttpRequest>> requests, int[] concurrencies, Duration warmUp,
                                     Duration measured) throws InterruptedException {
        List<Run> runs = new ArrayList<>();
        Case[] cases = Case.values();
        Duration round = measured.dividedBy(ROUNDS);
        for (int c : concurrencies) {
            for (Case kind : cases) {
                ClosedLoopLoad.run(requests.get(kind), c, warmUp);
            }
            // Rounds, each starting with the next case, so that JIT compilation, garbage collection and the machine's
            // other load fall on every case alike.
            List<List<ClosedLoopLoad.Sample>> samples = new ArrayList<>();
            Arrays.stream(cases).forEach(kind -> samples.add(new ArrayList<>()));
            for (int r = 0; r < ROUNDS; r++) {
                for (int k = 0; k < cases.length; k++) {
                    int i = (r + k) % cases.length;
                    samples.get(i).add(ClosedLoopLoad.run(requests.get(cases[i]), c, round));
                }
            }
            for (int i = 0; i < cases.length; i++) {
                ClosedLoopLoad.Sample all = ClosedLoopLoad.Sample.merge(samples.get(i));
                long[] sorted = all.latencyNanos().clone();
                Arrays.sort(sorted);
                runs.add(new Run(cases[i], c, all.requests(), all.errors(), all.firstError(), all.seconds(),
                        AccessBenchmark.percentile(sorted, 0.50), AccessBenchmark.percentile(sorted, 0.99)));
            }
        }
        return runs;
    }

    // The same records for the page and the lookup, a different one on each request in turn.
    private static Map<Case, IntFunction<HttpRequest>> requests(OdslServer server, List<String> crimes, String query) {
        UriSpace uris = UriSpace.of(Odsl.DEFAULT_BASE);
        HttpRequest ping = HttpRequest.newBuilder(URI.create(server.pingUrl())).GET().build();
        List<HttpRequest> pages = crimes.stream().map(uri -> HttpRequest.newBuilder(
                URI.create(server.baseUrl() + uris.documentPath(uri).substring(1))).header("Accept", "text/html")
                .GET().build()).toList();
        List<HttpRequest> lookups = crimes.stream().map(uri -> AccessBenchmark.request(server.sparqlUrl(), null,
                "SELECT ?p ?o WHERE { <" + uri + "> ?p ?o }")).toList();
        List<HttpRequest> example = List.of(AccessBenchmark.request(server.sparqlUrl(), null, query));
        Map<Case, IntFunction<HttpRequest>> requests = new EnumMap<>(Case.class);
        for (Case kind : Case.values()) {
            List<HttpRequest> asked = switch (kind) {
                case PING -> List.of(ping);
                case PAGE, PAGE_FRESH -> pages;
                case LOOKUP, LOOKUP_FRESH -> lookups;
                case QUERY, QUERY_FRESH -> example;
            };
            List<HttpRequest> sent = kind.fresh ? asked.stream().map(ServeBenchmark::noCache).toList() : asked;
            requests.put(kind, n -> sent.get(n % sent.size()));
        }
        return requests;
    }

    private static HttpRequest noCache(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Cache-Control", "no-cache").build();
    }

    private static List<String> crimeRecords(DatasetGraph dataset) {
        String query = "SELECT ?s WHERE { ?s a <" + Odsl.term("CrimeRecord").getURI() + "> } ORDER BY ?s LIMIT " + SUBJECTS;
        List<String> crimes = Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(QueryFactory.create(query))
                .select().materialize().stream().map(row -> row.get("s").getURI()).toList());
        if (crimes.isEmpty()) {
            throw new IllegalStateException("The demo database holds no crime record to ask for");
        }
        return crimes;
    }

    private static String exampleQuery() {
        return ExampleQueries.shipped().load().stream().filter(q -> q.name().equals(EXAMPLE_QUERY_NAME)).findFirst()
                .map(ExampleQuery::text)
                .orElseThrow(() -> new IllegalStateException("The example query " + EXAMPLE_QUERY_NAME + " is not shipped"));
    }

    // Once before the clocks start: every case answers 200 with what it is meant to (a page, rows), not an empty 200.
    private static void checkAnswers(Map<Case, IntFunction<HttpRequest>> requests) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (Case kind : Case.values()) {
            HttpRequest request = requests.get(kind).apply(0);
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean expected = switch (kind) {
                case PING -> !body.isBlank();
                case PAGE, PAGE_FRESH -> body.contains("<html");
                case LOOKUP, LOOKUP_FRESH, QUERY, QUERY_FRESH -> body.contains("\"bindings\"") && body.contains("\"value\"");
            };
            if (response.statusCode() != 200 || !expected) {
                throw new IllegalStateException(kind.label + " answered " + response.statusCode() + " to " + request.uri()
                        + ": " + body.substring(0, Math.min(300, body.length())));
            }
        }
    }
}
