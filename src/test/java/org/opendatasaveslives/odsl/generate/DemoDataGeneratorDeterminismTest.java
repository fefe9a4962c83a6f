package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedAndScaleGiveByteIdenticalFiles() throws IOException {
        GenerationSummary first = DemoDataGenerator.generate(temp.resolve("a"), 7, 2);
        GenerationSummary second = DemoDataGenerator.generate(temp.resolve("b"), 7, 2);

        assertEquals(first.files(), second.files());
        for (GeneratedFile file : first.files()) {
            assertArrayEquals(Files.readAllBytes(first.path(file)), Files.readAllBytes(second.path(file)),
                    file.relativePath());
        }
    }

    @Test
    void anotherSeedChangesTheCrimesButNotTheGeography() throws IOException {
        GenerationSummary seed1 = DemoDataGenerator.generate(temp.resolve("seed1"), 1, 1);
        GenerationSummary seed2 = DemoDataGenerator.generate(temp.resolve("seed2"), 2, 1);

        for (String geography : DemoDataGenerator.geographyFiles()) {
            assertArrayEquals(Files.readAllBytes(seed1.outputDirectory().resolve(geography)),
                    Files.readAllBytes(seed2.outputDirectory().resolve(geography)), geography);
        }
        for (PoliceFile police : DemoDataGenerator.POLICE_FILES) {
            assertFalse(Arrays.equals(Files.readAllBytes(seed1.outputDirectory().resolve(police.relativePath())),
                    Files.readAllBytes(seed2.outputDirectory().resolve(police.relativePath()))), police.relativePath());
        }
    }

    @Test
    void everyMonthHasItsOwnCrimes() throws IOException {
        DemoDataGenerator.generate(temp, DemoDataGenerator.DEFAULT_SEED, 1);
        String january = Files.readString(
                temp.resolve(new PoliceFile(PoliceForce.KENT, DemoDataGenerator.MONTHS.get(0)).relativePath()));
        String february = Files.readString(
                temp.resolve(new PoliceFile(PoliceForce.KENT, DemoDataGenerator.MONTHS.get(1)).relativePath()));

        assertNotEquals(january.replace("2025-01", "MONTH"), february.replace("2025-02", "MONTH"));
    }
}
