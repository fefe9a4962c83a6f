package org.opendatasaveslives.odsl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures the heap while a benchmark phase runs: the peak in use (garbage included, so it grows with the heap the
 * JVM is allowed) and the largest heap still in use just after a collection, sampled every few milliseconds: what
 * the phase really holds, which stays flat when it streams. It also takes the CPU time the process spent in the
 * phase (every thread, the collector's included), which other work on a shared machine disturbs far less than the
 * wall-clock time.
 */
final class HeapSampler implements Runnable {
    static final double MB = 1024.0 * 1024.0;

    /** What a phase used: heap in bytes, CPU time in seconds. */
    record Usage(long peakBytes, long liveBytes, double cpuSeconds) {
        String describe() {
            return String.format("peak-heap=%.0fMB live-heap=%.0fMB cpu=%.1fs", peakBytes / MB, liveBytes / MB,
                cpuSeconds);
        }
    }

    private final List<MemoryPoolMXBean> pools;
    private final Thread thread;
    private volatile boolean running = true;
    private long live;
    private final double cpuStart = processCpuSeconds();

    private HeapSampler(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
        this.thread = new Thread(this, "heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage, resets the peaks and starts sampling. */
    static HeapSampler start() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        HeapSampler sampler = new HeapSampler(heap);
        sampler.thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            long afterGc = 0;
            for (MemoryPoolMXBean pool : pools) {
                var usage = pool.getCollectionUsage();
                afterGc += usage == null ? 0 : usage.getUsed();
            }
            synchronized (this) {
                live = Math.max(live, afterGc);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the phase's peak and live heap. */
    Usage stop() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double cpu = processCpuSeconds() - cpuStart;
        synchronized (this) {
            return new Usage(peak, live, cpu);
        }
    }

    /** CPU time of this JVM so far (every thread), in seconds. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1e9;
    }
}
