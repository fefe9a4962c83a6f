package org.opendatasaveslives.odsl.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opendatasaveslives.odsl.map.MapOptions;
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
        PeerRun.runChild(args, "PeerOdslRunner MAPPING.ttl OUTPUT.nt", "odsl", PeerOdslRunner::map);
    }

    private static long map(Path mapping, Path output) throws Exception {
        RmlMapper mapper = RmlMapper.load(mapping);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            NTriplesOutput writer = new NTriplesOutput(out);
            writer.start();
            long quads = mapper.run(MapOptions.defaults().withStrict(true), MappedRecordSinks.toStream(writer, e -> { }))
                    .quadsEmitted();
            writer.finish();
            return quads;
        }
    }
}
