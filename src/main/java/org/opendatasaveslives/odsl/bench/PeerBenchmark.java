package org.opendatasaveslives.odsl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.opendatasaveslives.odsl.generate.DemoDataGenerator;

/**
 * Our engine against CARML 0.4.11 on the same synthetic police.uk CSV and the same mapping file: the legacy-RML,
 * function-free form of the street-crime mapping, which both engines run unchanged. Each engine runs in a child JVM
 * of its own with the same heap limit (ours first, then CARML), writes N-Triples to a file and reports its triples,
 * time, CPU time and peak heap; the ratio is ours ÷ CARML's triples/s, on wall time and on CPU time.
 */
public final class PeerBenchmark {
    /** The mapping both engines run. */
    public static final String MAPPING = "police-street-crime.legacy.rml.ttl";
    private static final long SEED = 42;
    private static final Pattern HEAP_LIMIT = Pattern.compile("\\d+[kKmMgG]?");

    /**
     * The figures of one run, and the folder holding the CSV and both outputs ({@code odsl.nt}, {@code carml.nt}).
     *
     * @param rows      rows of the CSV
     * @param heapLimit the -Xmx of both child JVMs
     */
    public record Result(long rows, String heapLimit, PeerRun odsl, PeerRun carml, Path folder) {
        /** Our triples/s ÷ CARML's. */
        public double ratio() {
            return odsl.triplesPerSecond() / carml.triplesPerSecond();
        }

        /** The same on CPU time (all threads of each JVM): less disturbed by other work on a shared machine. */
        public double cpuRatio() {
            return odsl.triplesPerCpuSecond() / carml.triplesPerCpuSecond();
        }

        public Path odslOutput() {
            return folder.resolve("odsl.nt");
        }

        public Path carmlOutput() {
            return folder.resolve("carml.nt");
        }

        /** One line of figures. */
        public String line() {
            return String.format(Locale.ROOT, "bench peer: rows=%d xmx=%s | %s | %s | same-triple-count=%s"
                    + " ratio=%.2f (odsl/carml triples/s) cpu-ratio=%.2f (the same per CPU second)", rows, heapLimit,
                    odsl.describe(), carml.describe(), odsl.triples() == carml.triples() ? "yes" : "no", ratio(),
                    cpuRatio());
        }
    }

    private PeerBenchmark() {
    }

    /** {@link #run(Path, Path, long, String)} in a temporary folder, removed afterwards. */
    public static Result run(Path carmlJar, long rows, String heapLimit) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("odsl-bench-peer-");
        try {
            return run(dir, carmlJar, rows, heapLimit);
        } finally {
            BenchFiles.delete(dir);
        }
    }

    /**
     * Writes the CSV of {@code rows} rows and the mapping into {@code folder}, then maps it with our engine and with
     * CARML (the runner jar {@code carmlJar}), each in a child JVM with {@code -Xmx heapLimit}.
     */
    public static Result run(Path folder, Path carmlJar, long rows, String heapLimit)
            throws IOException, InterruptedException {
        checkOptions(rows, heapLimit);
        DemoDataGenerator.writeStreetCrime(folder.resolve("street.csv"), DemoDataGenerator.POLICE_FILES.get(0), rows,
                SEED);
        Path mapping = folder.resolve(MAPPING);
        try (InputStream in = PeerBenchmark.class.getResourceAsStream("/odsl/bench/" + MAPPING)) {
            Files.copy(in, mapping);
        }
        PeerRun odsl = ChildJvm.run(folder, "odsl", ChildJvm.command(heapLimit, PeerOdslRunner.class.getName(),
                mapping.toString(), folder.resolve("odsl.nt").toString()));
        PeerRun carml = ChildJvm.run(folder, "carml", List.of(ChildJvm.java(), "-Xmx" + heapLimit, "-jar",
                carmlJar.toAbsolutePath().toString(), mapping.toString(), folder.resolve("carml.nt").toString()));
        return new Result(rows, heapLimit, odsl, carml, folder);
    }

    /** An {@link IllegalArgumentException} naming the option when the rows or the heap limit make no sense. */
    public static void checkOptions(long rows, String heapLimit) {
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1, got " + rows);
        }
        if (!HEAP_LIMIT.matcher(heapLimit).matches()) {
            throw new IllegalArgumentException("--xmx must be a heap size such as 512m or 2g, got " + heapLimit);
        }
    }
}
