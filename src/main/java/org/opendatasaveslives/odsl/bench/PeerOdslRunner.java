package org.opendatasaveslives.odsl.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opendatasaveslives.odsl.map.MapOptions;
import org.opendatasaveslives.odsl.map.MapResult;
import org.opendatasaveslives.odsl.map.MappedRecordSinks;
import org.opendatasaveslives.odsl.map.NTriplesOutput;
import org.opendatasaveslives.odsl.map.RmlMapper;

/**
 * Our side of {@code odsl bench peer}, run in a child JVM like CARML's: maps MAPPING (strict: a bad record ends the
 * run) to the N-Triples file OUTPUT and prints {@link PeerRun#line}. Exit 0 = done, 2 = error.
 */
public final class PeerOdslRunner {
    private PeerOdslRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PeerOdslRunner MAPPING.ttl OUTPUT.nt");
            System.exit(2);
        }
        try {
            System.out.println(run(Path.of(args[0]), Path.of(args[1])));
        } catch (Exception e) {
            System.err.println("odsl: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String run(Path mapping, Path output) throws Exception {
        HeapSampler heap = HeapSampler.start();
        long start = System.nanoTime();
        RmlMapper mapper = RmlMapper.load(mapping);
        MapResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            NTriplesOutput writer = new NTriplesOutput(out);
            writer.start();
            result = mapper.run(MapOptions.defaults().withStrict(true), MappedRecordSinks.toStream(writer, e -> { }));
            writer.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return PeerRun.line(result.quadsEmitted(), seconds, HeapSampler.processCpuSeconds(), heap.stop().peakBytes());
    }
}
