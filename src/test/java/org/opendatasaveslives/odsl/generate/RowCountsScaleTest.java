package org.opendatasaveslives.odsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowCountsScaleTest {

    @TempDir
    Path temp;

    @Test
    void streetCrimeRowsAre500TimesScaleAndGeographyIsFixed() throws IOException {
        GenerationSummary one = DemoDataGenerator.generate(temp.resolve("one"), 5, 1);
        GenerationSummary three = DemoDataGenerator.generate(temp.resolve("three"), 5, 3);

        for (PoliceFile file : DemoDataGenerator.POLICE_FILES) {
            assertEquals(500, one.rows(file.relativePath()));
            assertEquals(1500, three.rows(file.relativePath()));
            assertEquals(1501, Files.readAllLines(three.outputDirectory().resolve(file.relativePath())).size());
        }
        for (String geography : DemoDataGenerator.geographyFiles()) {
            assertEquals(one.rows(geography), three.rows(geography));
            assertEquals(one.rows(geography) + 1,
                    Files.readAllLines(one.outputDirectory().resolve(geography)).size(), geography);
        }
        List<String> written = one.files().stream().map(GeneratedFile::relativePath).toList();
        assertEquals(written, three.files().stream().map(GeneratedFile::relativePath).toList(), "the same files at every scale");
        assertTrue(written.containsAll(DemoDataGenerator.geographyFiles()), written.toString());
        assertTrue(written.containsAll(DemoDataGenerator.POLICE_FILES.stream().map(PoliceFile::relativePath).toList()),
                written.toString());
    }

    @Test
    void scaleBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoDataGenerator.generate(temp, 42, 0));
        assertEquals("Scale must be at least 1, got 0", e.getMessage());
    }
}
