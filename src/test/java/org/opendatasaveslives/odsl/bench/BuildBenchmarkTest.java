package org.opendatasaveslives.odsl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code odsl bench build} with its quads gzipped (CI's bounded benchmark runs it with plain N-Quads): the basic
 * loader loads every quad the build wrote. Speed is not checked.
 */
class BuildBenchmarkTest {
    /** The feedback graphs' label and access tier, written by every build besides the releases. */
    private static final int FEEDBACK_QUADS = 3;

    @Test
    void theLoaderLoadsEveryQuadOfTheReleasesFromTheGzippedFile() throws Exception {
        BuildBenchmark.Result result = BuildBenchmark.run(Path.of("").toAbsolutePath(), 1, true);

        assertTrue(result.records() > 10_000, result.line());
        assertEquals(result.releaseTriples() + FEEDBACK_QUADS, result.loader().triples(), result.line());
        assertTrue(result.line().contains("(own JVM, N-Quads gzipped)"), result.line());
        assertTrue(result.buildDiskBytes() > 0 && result.loaderDiskBytes() > 0, result.line());
    }
}
