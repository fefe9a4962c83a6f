package org.opendatasaveslives.odsl.bench.peer;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.carml.engine.rdf.RdfRmlMapper;
import io.carml.logicalsourceresolver.CsvResolver;
import io.carml.model.TriplesMap;
import io.carml.util.RmlMappingLoader;
import io.carml.vocab.Rdf;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;

/**
 * Maps with CARML 0.4.11, streaming its statements to an N-Triples file, and prints one line of figures on stdout:
 * {@code peer-result: triples=N seconds=S cpuSeconds=C peakHeapBytes=H}. Sources named in the mapping are read
 * relative to the mapping's folder. The time covers loading the mapping and mapping the file, as {@code odsl bench map}
 * does; the CPU time is the whole JVM's at the end (all threads); the peak heap is the sum of the heap pools' peaks
 * (garbage included) from just before the mapping is loaded.
 *
 * <p>Usage: {@code java -jar carml-peer.jar MAPPING.ttl OUTPUT.nt}. Exit 0 = done, 2 = wrong arguments or error.
 */
public final class CarmlPeerRunner {
    private CarmlPeerRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -jar carml-peer.jar MAPPING.ttl OUTPUT.nt");
            System.exit(2);
        }
        try {
            run(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]));
        } catch (Exception e) {
            System.err.println("carml-peer: " + args[0] + ": " + e);
            System.exit(2);
        }
    }

    private static void run(Path mapping, Path output) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Set<TriplesMap> triplesMaps = RmlMappingLoader.build().load(RDFFormat.TURTLE, mapping);
        RdfRmlMapper mapper = RdfRmlMapper.builder()
                .triplesMaps(triplesMaps)
                .setLogicalSourceResolver(Rdf.Ql.Csv, CsvResolver::getInstance)
                .fileResolver(mapping.getParent())
                .build();
        AtomicLong triples = new AtomicLong();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            RDFWriter writer = Rio.createWriter(RDFFormat.NTRIPLES, out);
            writer.startRDF();
            mapper.map().doOnNext(statement -> {
                writer.handleStatement(statement);
                triples.incrementAndGet();
            }).blockLast();
            writer.endRDF();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println(String.format(Locale.ROOT,
                "peer-result: triples=%d seconds=%.3f cpuSeconds=%.3f peakHeapBytes=%d", triples.get(), seconds,
                cpuSeconds, peak));
    }
}
