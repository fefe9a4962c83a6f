package org.opendatasaveslives.odsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.opendatasaveslives.odsl.bench.BuildBenchmark;
import org.opendatasaveslives.odsl.bench.AccessBenchmark;
import org.opendatasaveslives.odsl.bench.MapBenchmark;
import org.opendatasaveslives.odsl.bench.PeerBenchmark;
import org.opendatasaveslives.odsl.bench.PeerJar;
import org.opendatasaveslives.odsl.bench.ServeBenchmark;
import org.opendatasaveslives.odsl.bench.ValidateBenchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code odsl bench}: measurements on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the engine on this machine.",
        subcommands = {BenchCommand.MapBench.class, BenchCommand.BuildBench.class, BenchCommand.ValidateBench.class,
            BenchCommand.AccessBench.class, BenchCommand.PeerBench.class, BenchCommand.ServeBench.class,
            CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code odsl bench map}: the streaming mapper against Jena's N-Triples parser. */
    @Command(name = "map", mixinStandardHelpOptions = true,
            description = {"Map a synthetic police.uk street-crime CSV of N rows to N-Triples (a temporary file),"
                + " then parse the output with Jena RIOT.",
                "Prints one line of figures (rows/s, triples/s, peak heap, RIOT's triples/s and the ratio) and the"
                + " machine. Exit 0 = done, 2 = bad mapping or I/O error."})
    static final class MapBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
                description = "Rows of the synthetic CSV (default: ${DEFAULT-VALUE}).")
        long rows;

        @Option(names = "--join",
                description = "The join-heavy case: every row joined through its LSOA code to a second source, the"
                    + " LSOA to district lookup (a hash join on the lookup side).")
        boolean join;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "The mapping (default: mappings/police-street-crime.rml.ttl in the project folder).")
        Path mapping;

        @Override
        public Integer call() {
            if (rows < 1) {
                return optionError(spec, "--rows must be at least 1");
            }
            if (join && mapping != null) {
                return optionError(spec, "--join runs its own mapping; leave out --mapping");
            }
            Path m = mapping != null ? mapping : ProjectHome.get().resolve("mappings/police-street-crime.rml.ttl");
            return report(spec, out -> out.println(MapBenchmark.run(m, rows, join).line() + " | " + MapBenchmark.machine()));
        }
    }

    /** A measurement that prints its figures. */
    @FunctionalInterface
    interface Measurement {
        void run(PrintWriter out) throws Exception;
    }

    /** Exit 2 with this message about the options. */
    static int optionError(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("error: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }

    /** Runs the measurement: exit 0 with its figures printed, or 2 with the error. */
    static int report(CommandSpec spec, Measurement measurement) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            measurement.run(out);
            out.flush();
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    /** {@code odsl bench build}: the whole build against Jena's TDB2 basic loader on the same quads. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Generate the demo data at a scale, build catalogs/demo.ttl into a temporary database (map,"
                + " validate, load), then load the same quads, written as N-Quads, with Jena's TDB2 basic loader"
                + " (tdb2.tdbloader --loader=basic) into a fresh database.",
                "Prints one line per scale (records, triples/s of each, peak and live heap, the ratio) and the"
                + " machine. Exit 0 = done, 2 = error."})
    static final class BuildBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--scale", paramLabel = "N", split = ",", defaultValue = "10",
                description = "Scales of the synthetic data, comma-separated (default: ${DEFAULT-VALUE}; 10, 100, 1000"
                    + " shows how time and memory grow).")
        int[] scales;

        @Option(names = "--gzip-quads", description = "Write the N-Quads the loader reads gzipped: 1.1 GB instead of"
                + " about 22 at scale 1000, but the loader also inflates them (3-4%% of its time).")
        boolean gzipQuads;

        @Override
        public Integer call() {
            return report(spec, out -> {
                for (int scale : scales) {
                    out.println(BuildBenchmark.run(ProjectHome.get(), scale, gzipQuads).line());
                    out.flush();
                }
                out.println(MapBenchmark.machine());
            });
        }
    }

    /** {@code odsl bench validate}: batch validation against Jena's whole-graph SHACL validation. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Map a synthetic police.uk street-crime CSV of N rows, then validate the triples with the"
                + " crime and geography shapes and the privacy guards twice: in batches as the build does, and with"
                + " Jena's ShaclValidator over one in-memory graph.",
                "Prints one line (triples/s, violations, peak and live heap of each, the ratio) and the machine."
                + " Exit 0 = done, 2 = error."})
    static final class ValidateBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", paramLabel = "N", defaultValue = "100000",
                description = "Rows of the synthetic CSV (default: ${DEFAULT-VALUE}).")
        long rows;

        @Override
        public Integer call() {
            return report(spec, out -> out.println(ValidateBenchmark.run(ProjectHome.get(), rows).line() + " | "
                + MapBenchmark.machine()));
        }
    }

    /** {@code odsl bench access}: SPARQL lookups with and without access control. */
    @Command(name = "access", mixinStandardHelpOptions = true,
            description = {"Serve the same in-memory data (20 graphs, half restricted) with plain Fuseki and with odsl's"
                + " access control, and fire N SPARQL queries (one-row lookups, or counts with --query count) at each,"
                + " at concurrency 1 and 4: anonymous and as a police user over HTTP Basic.",
                "Prints requests/s, p50 and p99 latency and the ratio to plain Fuseki. Exit 0 = done, 2 = bad option."})
    static final class AccessBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--requests", paramLabel = "N", defaultValue = "5000",
                description = "Lookups per configuration and concurrency (default: ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--things", paramLabel = "N", defaultValue = "5000",
                description = "Things (one triple each) per graph (default: ${DEFAULT-VALUE}).")
        int things;

        @Option(names = "--query", paramLabel = "KIND", defaultValue = "lookup",
                description = "lookup (one row, default), count (COUNT over every graph the user reads: a scan) or path"
                    + " (the same scan through a property path).")
        String query;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (requests < 1 || things < 1) {
                return optionError(spec, "--requests and --things must be at least 1");
            }
            AccessBenchmark.Workload workload;
            try {
                workload = AccessBenchmark.Workload.valueOf(query.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return optionError(spec, "--query must be lookup, count or path, got " + query);
            }
            List<AccessBenchmark.Run> runs = AccessBenchmark.run(workload, requests, things, new int[] {1, 4});
            for (AccessBenchmark.Run run : runs) {
                AccessBenchmark.Run baseline = runs.stream()
                        .filter(r -> r.concurrency() == run.concurrency()).findFirst().orElseThrow();
                out.println(run.line(baseline));
            }
            out.println(MapBenchmark.machine());
            out.flush();
            return 0;
        }
    }

    /** {@code odsl bench peer}: our engine against CARML 0.4.11 on the same mapping and CSV. */
    @Command(name = "peer", mixinStandardHelpOptions = true,
            description = {"Map a synthetic police.uk street-crime CSV of N rows to N-Triples with our engine and with"
                + " CARML 0.4.11, each in a child JVM with the same heap limit, running the same legacy-RML mapping"
                + " (src/main/resources/odsl/bench/" + PeerBenchmark.MAPPING + ").",
                "CARML runs from its own jar, " + PeerJar.LOCATION + ", built on first use with: " + PeerJar.BUILD
                + " (not part of odsl's jar).",
                "Prints one line (triples, time, triples/s and peak heap of each, the ratio ours/CARML) and the"
                + " machine. Exit 0 = done, 2 = error."})
    static final class PeerBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
                description = "Rows of the synthetic CSV (default: ${DEFAULT-VALUE}).")
        long rows;

        @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "1g",
                description = "The heap limit (-Xmx) of both engines' JVMs (default: ${DEFAULT-VALUE}).")
        String heapLimit;

        @Option(names = "--carml-jar", paramLabel = "FILE",
                description = "The CARML runner jar (default: " + PeerJar.LOCATION + " in the project folder, built"
                    + " when missing).")
        Path carmlJar;

        @Override
        public Integer call() {
            return report(spec, out -> {
                PeerBenchmark.checkOptions(rows, heapLimit);
                Path jar = carmlJar != null ? PeerJar.given(carmlJar)
                        : PeerJar.ensure(ProjectHome.get(), spec.commandLine().getErr());
                out.println(PeerBenchmark.run(jar, rows, heapLimit).line());
                out.println(MapBenchmark.machine());
            });
        }
    }

    /** {@code odsl bench serve}: pages, lookups and an example query against Fuseki's ping, under load. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Generate the demo data at a scale, build it into a temporary database and serve it on"
                + " loopback in this JVM; then closed-loop clients (each sends its next request when the last is"
                + " answered, over kept-alive connections) send, in interleaved rounds, Fuseki's /$/ping, the HTML"
                + " page of a crime record (/doc/crime/...), a SPARQL SELECT of that record's statements and the"
                + " example query " + ServeBenchmark.EXAMPLE_QUERY_NAME + ", after a warm-up, at each concurrency;"
                + " the last three both repeated (answered from the server's response cache) and with"
                + " Cache-Control: no-cache (worked out afresh).",
                "Prints one line per case and concurrency (requests/s, p50 and p99 latency, the ratio to ping,"
                + " errors), the peak heap and the machine. Exit 0 = done, 2 = an error answer (not 2xx) or bad"
                + " option."})
    static final class ServeBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--concurrency", paramLabel = "N", split = ",", defaultValue = "1,4,16",
                description = "Clients sending at once, comma-separated (default: ${DEFAULT-VALUE}).")
        int[] concurrencies;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "5",
                description = "Measured seconds per case and concurrency (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--warmup", paramLabel = "S", defaultValue = "2",
                description = "Warm-up seconds per case and concurrency, not measured (default: ${DEFAULT-VALUE}).")
        double warmUp;

        @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
                description = "Scale of the synthetic data (default: ${DEFAULT-VALUE}).")
        int scale;

        @Override
        public Integer call() {
            if (seconds <= 0 || warmUp < 0 || scale < 1
                    || java.util.Arrays.stream(concurrencies).anyMatch(c -> c < 1)) {
                return optionError(spec, "--seconds must be above 0, --warmup at least 0, --scale and every"
                    + " --concurrency at least 1");
            }
            return report(spec, out -> {
                ServeBenchmark.Result result = ServeBenchmark.run(ProjectHome.get(), scale, concurrencies,
                    java.time.Duration.ofMillis(Math.round(warmUp * 1000)),
                    java.time.Duration.ofMillis(Math.round(seconds * 1000)));
                result.lines().forEach(out::println);
                out.println(MapBenchmark.machine());
                out.flush();
                if (result.errors() > 0) {
                    throw new IllegalStateException(result.errors() + " requests answered other than 2xx, the first: "
                        + result.firstError());
                }
            });
        }
    }
}
