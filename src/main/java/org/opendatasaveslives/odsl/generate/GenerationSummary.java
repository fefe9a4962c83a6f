package org.opendatasaveslives.odsl.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** What a generator run wrote: the output directory, and every file with its row count in writing order. */
public record GenerationSummary(Path outputDirectory, long seed, int scale, List<GeneratedFile> files) {

    public GenerationSummary {
        files = List.copyOf(files);
    }

    public long rows(String relativePath) {
        return files.stream()
                .filter(f -> f.relativePath().equals(relativePath))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("The generator wrote no " + relativePath))
                .rows();
    }

    public Path path(GeneratedFile file) {
        return outputDirectory.resolve(file.relativePath());
    }

    public long totalRows() {
        return files.stream().mapToLong(GeneratedFile::rows).sum();
    }
}
