package org.opendatasaveslives.odsl.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Keeps a database's size bounded across rebuilds. TDB2 never reuses the space of deleted quads, so replacing a
 * release grows the files every time (platform facts: 200 replacements took a 0.6 GB database to 3.9 GB);
 * compaction copies the live data into a fresh storage generation and deletes the old one.
 * <p>
 * The size after the last compaction (or after the first build) is kept beside the storage in {@value #BASELINE_FILE};
 * when the storage has grown past {@value #GROWTH_LIMIT} times that, the build compacts.
 */
public final class Compaction {
    static final String BASELINE_FILE = "odsl-compacted-bytes";
    static final double GROWTH_LIMIT = 2.0;

    /** What a compaction check found and did. */
    public record Outcome(long bytesBefore, long bytesAfter, boolean compacted) {
        public String describe() {
            return compacted
                ? String.format("database compacted: %,d MB -> %,d MB", bytesBefore >> 20, bytesAfter >> 20)
                : String.format("database size %,d MB (compacts past %.0f x its compacted size)", bytesBefore >> 20,
                    GROWTH_LIMIT);
        }
    }

    private Compaction() {
    }

    /** Compacts when the storage has grown past the limit, or always when {@code force}; call outside transactions. */
    public static Outcome compactIfGrown(DatasetGraph dsg, Path database, boolean force) {
        long before = storageBytes(database);
        Path baselineFile = database.resolve(BASELINE_FILE);
        Long baseline = readBaseline(baselineFile);
        if (baseline == null && !force) {
            writeBaseline(baselineFile, before);
            return new Outcome(before, before, false);
        }
        if (!force && before <= GROWTH_LIMIT * baseline) {
            return new Outcome(before, before, false);
        }
        DatabaseMgr.compact(dsg, true);
        long after = storageBytes(database);
        writeBaseline(baselineFile, after);
        return new Outcome(before, after, true);
    }

    /** Bytes in the database's current storage generation (the highest {@code Data-NNNN} folder). */
    public static long storageBytes(Path database) {
        try (Stream<Path> generations = Files.list(database)) {
            Path current = generations.filter(p -> p.getFileName().toString().startsWith("Data-"))
                .max(Comparator.comparing(p -> p.getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException(database + " holds no TDB2 storage (Data-NNNN)"));
            try (Stream<Path> files = Files.walk(current)) {
                return files.filter(Files::isRegularFile).mapToLong(Compaction::size).sum();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the database " + database, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long readBaseline(Path file) {
        try {
            return Files.exists(file) ? Long.valueOf(Files.readString(file, StandardCharsets.US_ASCII).trim()) : null;
        } catch (IOException | NumberFormatException e) {
            return null; // an unreadable record is treated as none: the next check records a fresh one
        }
    }

    private static void writeBaseline(Path file, long bytes) {
        try {
            Files.writeString(file, Long.toString(bytes), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the database size in " + file, e);
        }
    }
}
