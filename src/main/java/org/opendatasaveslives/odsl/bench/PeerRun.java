package org.opendatasaveslives.odsl.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one engine did in {@code odsl bench peer}, as its child JVM reported it in one line on stdout:
 * {@code peer-result: triples=N seconds=S cpuSeconds=C peakHeapBytes=H} (the CARML runner in bench/carml-peer prints
 * the same).
 *
 * @param engine        the engine's name in the report
 * @param triples       triples written to the N-Triples file
 * @param seconds       wall time of loading the mapping and mapping the file
 * @param cpuSeconds    CPU time of the whole JVM (all threads: JIT and garbage collection included) at the end:
 *                      less disturbed than wall time by other work on a shared machine
 * @param peakHeapBytes the peak heap in use while mapping (sum of the heap pools' peaks, garbage included)
 */
public record PeerRun(String engine, long triples, double seconds, double cpuSeconds, long peakHeapBytes) {
    private static final Pattern LINE = Pattern.compile(
            "^peer-result: triples=(\\d+) seconds=(\\d+(?:\\.\\d+)?) cpuSeconds=(\\d+(?:\\.\\d+)?)"
                + " peakHeapBytes=(\\d+)$", Pattern.MULTILINE);

    /** What a runner in a child JVM measures, given its two arguments; returns the triples or quads it wrote. */
    @FunctionalInterface
    interface Work {
        long run(Path first, Path second) throws Exception;
    }

    /**
     * The {@code main} of a runner in a child JVM: runs the work on its two arguments, timed and with the heap
     * sampled, and prints {@link #line}; exits 2 with {@code usage} or the error otherwise.
     */
    static void runChild(String[] args, String usage, String name, Work work) {
        if (args.length != 2) {
            System.err.println("usage: " + usage);
            System.exit(2);
        }
        try {
            HeapSampler heap = HeapSampler.start();
            long start = System.nanoTime();
            long written = work.run(Path.of(args[0]), Path.of(args[1]));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(line(written, seconds, HeapSampler.processCpuSeconds(), heap.stop().peakBytes()));
        } catch (Exception e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The line a runner prints. */
    static String line(long triples, double seconds, double cpuSeconds, long peakHeapBytes) {
        return String.format(Locale.ROOT, "peer-result: triples=%d seconds=%.3f cpuSeconds=%.3f peakHeapBytes=%d",
                triples, seconds, cpuSeconds, peakHeapBytes);
    }

    /** The figures from a runner's stdout; an {@link IllegalStateException} quoting the output when there are none. */
    static PeerRun parse(String engine, String stdout) {
        Matcher m = LINE.matcher(stdout);
        if (!m.find()) {
            throw new IllegalStateException(engine + " printed no line 'peer-result: triples=N seconds=S"
                    + " cpuSeconds=C peakHeapBytes=H'; its output was: " + stdout.strip());
        }
        return new PeerRun(engine, Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Long.parseLong(m.group(4)));
    }

    double triplesPerSecond() {
        return triples / seconds;
    }

    double triplesPerCpuSecond() {
        return triples / cpuSeconds;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s: triples=%d map=%.2fs cpu=%.2fs triples/s=%.0f peak-heap=%.0fMB",
                engine, triples, seconds, cpuSeconds, triplesPerSecond(), peakHeapBytes / HeapSampler.MB);
    }
}
